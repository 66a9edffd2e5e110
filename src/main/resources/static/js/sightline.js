// GOV.UK Frontend's page template does this in an inline script; Sightline's content security
// policy allows no inline scripts, so it is done here. Browsers that run modules support GOV.UK Frontend.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
import('/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js').then(function (govuk) {
  govuk.initAll();
});
