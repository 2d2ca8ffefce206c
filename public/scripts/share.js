// Share button: Web Share API when available, otherwise copy the link to the clipboard.
// A plain file (no inline script) because the Content-Security-Policy allows only 'self' scripts.
(() => {
  for (const button of document.querySelectorAll('.share-button[data-share-url]')) {
    const status = button.parentElement?.querySelector('.share-status');
    const say = (text) => { if (status) status.textContent = text; };
    const canShare = typeof navigator.share === 'function';
    const canCopy = Boolean(navigator.clipboard && navigator.clipboard.writeText);
    if (!canShare && !canCopy) continue; // nothing useful to offer: keep it hidden
    if (!canShare) button.textContent = 'Copy link';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset.shareUrl;
      const title = button.dataset.shareTitle || document.title;
      if (canShare) {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          if (error && error.name === 'AbortError') return; // the reader closed the share sheet
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say('Link copied');
      } catch {
        say(`Copy this link: ${url}`);
      }
    });
  }
})();
