import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { statesOf } from './render.js';

const meta: Meta = { title: 'Charts/Benchmark strip', component: 'sc-benchmark-strip' };
export default meta;
type Story = StoryObj;

const stories = statesOf('sc-benchmark-strip');
export const Default: Story = stories.Default!;
export const English: Story = stories.English!;
export const DarkTheme: Story = stories.DarkTheme!;
export const Narrow: Story = stories.Narrow!;
export const Empty: Story = stories.Empty!;
export const MalformedJSON: Story = stories.MalformedJSON!;
export const HostileStrings: Story = stories.HostileStrings!;
export const MissingValues: Story = stories.MissingValues!;
