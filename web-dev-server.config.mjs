// `npm start`: serves the repository so the demo loads the built
// dist/cst-widgets.js exactly as a site would.
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
