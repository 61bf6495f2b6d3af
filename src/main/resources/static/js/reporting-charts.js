// Draws the report charts: each canvas carries its Chart.js configuration as JSON in
// data-chart and its bars' keys in data-keys (the content security policy allows no inline
// script). A click on a bar opens the records behind it; the table beside each chart has the
// same numbers and links for readers without JavaScript or a screen.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.report-chart-canvas[data-chart]').forEach(function (canvas) {
    try {
      var config = JSON.parse(canvas.getAttribute('data-chart'));
      var keys = JSON.parse(canvas.getAttribute('data-keys') || '[]');
      var drill = canvas.getAttribute('data-drill');
      config.options = config.options || {};
      config.options.onClick = function (event, elements) {
        if (drill && elements.length > 0 && keys[elements[0].index] !== undefined) {
          window.location.href = drill + '&bar=' + encodeURIComponent(keys[elements[0].index]);
        }
      };
      new Chart(canvas, config);
    } catch (e) {
      canvas.replaceWith(document.createTextNode('The chart could not be drawn; the table below has its figures.'));
    }
  });
})();
