export default defineBackground(() => {
  // Wired up by the compose-box coach and budget issues.
});
