// `npm start`: serves the repository so the demo loads the built
// dist/cst-widgets.js exactly as a site would. `/` opens the configurator
// (demo/index.html); the examples are at /demo/examples.html.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,

  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
