import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const renderer = fileURLToPath(new URL('../renderer/', import.meta.url));

/** Builds the renderer once for both transports: Electron's app:// and the HTTP host. */
export default defineConfig({
  root: renderer,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer/', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // Inline assets would be data: URLs in scripts or styles; the CSP allows files only.
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: true },
});
