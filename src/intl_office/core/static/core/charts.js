// Render every Vega-Lite spec on the page with the vendored vega-embed (no network access).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".vega-chart[data-spec]").forEach(function (element) {
    var spec = JSON.parse(element.dataset.spec);
    vegaEmbed(element, spec, { actions: false, renderer: "svg" }).then(function () {
      element.dataset.rendered = "true";
    }).catch(function (error) {
      element.dataset.rendered = "error";
      element.textContent = String(error);
    });
  });
});
