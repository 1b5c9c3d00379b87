// Register the two tags before Vue mounts.
import '@smartcity/charts/maturity-radar/define';
import '@smartcity/charts/readiness-bars/define';
import './styles.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
