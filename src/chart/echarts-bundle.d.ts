// Types for ECharts' single-file build (it ships none of its own): the same API as the package.
declare module 'echarts/dist/echarts.esm.min' {
  export * from 'echarts';
}
