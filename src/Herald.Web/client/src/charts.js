// The parts of ECharts the page uses, registered once (the bundle carries only these).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function chart(container, option) {
  const instance = echarts.init(container);
  instance.setOption({ animation: false, tooltip: { trigger: 'axis' }, ...option });
  return instance;
}
