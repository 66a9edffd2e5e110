// Marks the page as having JavaScript (GOV.UK Frontend styles depend on it), then starts the components.
document.body.classList.add('js-enabled');
import('/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js').then(function (govuk) {
  if (govuk.isSupported()) {
    document.body.classList.add('govuk-frontend-supported');
    govuk.initAll();
  }
});
