// pkviz embed helper: sizes each <iframe data-pkviz> to the height its page reports. It accepts
// a message only from that iframe's own window and origin, and only of the expected shape.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'pkviz:height' || typeof data.height !== 'number') return;
    // Whole pixels within sane bounds, or nothing.
    if (!Number.isInteger(data.height) || data.height < 50 || data.height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-pkviz]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, document.baseURI).origin) return;
      frame.style.height = data.height + 'px';
      return;
    }
  });
})();
