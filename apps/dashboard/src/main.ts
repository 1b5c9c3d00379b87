// zod must be configured before any of its modules runs (the CSP forbids its compiled parsers). A static
// import chain would be evaluated before this module's own code, so the application is loaded after it.
import './domain/zod-config.js';
import './styles.css';

await import('./boot.js');
