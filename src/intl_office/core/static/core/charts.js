// Render every Vega-Lite spec on the page with the vendored vega-embed (no network access).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".vega-chart[data-spec]").forEach(function (element) {
    var spec = JSON.parse(element.dataset.spec);
    vegaEmbed(element, spec, { actions: false, renderer: "svg" }).then(function () {
      // The container is the image, with its text alternative; the drawing inside is not.
      element.querySelectorAll("svg").forEach(function (svg) {
        svg.setAttribute("aria-hidden", "true");
      });
      element.dataset.rendered = "true";
    }).catch(function (error) {
      element.dataset.rendered = "error";
      element.textContent = String(error);
    });
  });
});
