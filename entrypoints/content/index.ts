export default defineContentScript({
  matches: ['https://x.com/*'],
  main() {
    // The compose-box coach lands in the content-script issue.
  },
});
