// The chart tags' template types (props, events) for svelte-check.
import type {} from '@smartcity/charts/svelte';
