// Draws the feedback charts: each canvas carries its Chart.js configuration as JSON in
// data-chart (the content security policy allows no inline script). The tables beside
// each chart carry the same numbers for readers without JavaScript or a screen.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.feedback-chart[data-chart]').forEach(function (canvas) {
    try {
      new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    } catch (e) {
      canvas.replaceWith(document.createTextNode('The chart could not be drawn.'));
    }
  });
})();
