// Register the two tags before React renders, so that React sets `data` as a property from the start.
import '@smartcity/charts/maturity-radar/define';
import '@smartcity/charts/readiness-bars/define';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
