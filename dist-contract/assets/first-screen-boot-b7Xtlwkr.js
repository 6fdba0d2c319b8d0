// Starts the app once the first screen in the HTML has been painted.
requestAnimationFrame(() => setTimeout(() => {
  for (const href of ["/assets/rolldown-runtime-COiEfhsA.js"]) document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  import("/assets/index-V8vfKguT.js");
}));
