// Lets TypeScript accept the stylesheet import that esbuild bundles into app.css.
declare module '*.css';
