import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // <sc-…> tags are custom elements, not Vue components: Vue leaves them to the browser.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sc-') } } }),
  ],
  build: { chunkSizeWarningLimit: 1024 },
});
