import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { statesOf } from './render.js';

const meta: Meta = { title: 'Charts/Maturity radar', component: 'sc-maturity-radar' };
export default meta;
type Story = StoryObj;

const stories = statesOf('sc-maturity-radar');
export const Default: Story = stories.Default!;
export const English: Story = stories.English!;
export const DarkTheme: Story = stories.DarkTheme!;
export const Narrow: Story = stories.Narrow!;
export const Empty: Story = stories.Empty!;
export const MalformedJSON: Story = stories.MalformedJSON!;
export const HostileStrings: Story = stories.HostileStrings!;
export const MissingValues: Story = stories.MissingValues!;
export const EighteenAxes: Story = stories.EighteenAxes!;
export const EighteenAxesEnglish: Story = stories.EighteenAxesEnglish!;
export const LongLabels: Story = stories.LongLabels!;
export const LongLabelsNarrow: Story = stories.LongLabelsNarrow!;
export const ManySeries: Story = stories.ManySeries!;
export const JSONAttribute: Story = stories.JSONAttribute!;
