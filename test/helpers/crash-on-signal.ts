// Preloaded (`node --import`) into a server process by a test: on SIGUSR2 the
// process throws an error nothing catches, as a bug would.
process.on("SIGUSR2", () => {
  setImmediate(() => {
    throw new Error("simulated bug: nobody catches this");
  });
});
