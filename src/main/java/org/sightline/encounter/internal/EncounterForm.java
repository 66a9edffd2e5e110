package org.sightline.encounter.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sightline.encounter.Location;
import org.sightline.encounter.RecordEncounter;
import org.sightline.shared.DateInput;
import org.sightline.shared.Violations;

/**
 * The "record an encounter" page, as typed. Everything is kept as text so that a rejected form
 * comes back exactly as the user left it; {@link #toCommand} turns it into a
 * {@link RecordEncounter}, collecting problems with dates and numbers on the way.
 */
public class EncounterForm {

	private String submissionToken = UUID.randomUUID().toString();
	private String source;
	private String situation;
	private String occurredDay;
	private String occurredMonth;
	private String occurredYear;
	private String occurredTime;
	private String locationDescription;
	private String latitude;
	private String longitude;
	private String area;
	private String narrative;
	private List<String> incidentFeatures = new ArrayList<>();
	private List<PersonForm> people = new ArrayList<>(List.of(new PersonForm()));

	/** A blank form with the time set to now, as most encounters are recorded as they happen. */
	static EncounterForm startingAt(ZonedDateTime now) {
		var form = new EncounterForm();
		form.occurredDay = String.valueOf(now.getDayOfMonth());
		form.occurredMonth = String.valueOf(now.getMonthValue());
		form.occurredYear = String.valueOf(now.getYear());
		form.occurredTime = now.format(DateTimeFormatter.ofPattern("HH:mm"));
		return form;
	}

	RecordEncounter toCommand(ZoneId zone, Violations problems) {
		Instant occurredAt = null;
		LocalDate date = date(occurredDay, occurredMonth, occurredYear, "occurredDay", "When it happened", problems);
		LocalTime time = null;
		if (isBlank(occurredTime)) {
			if (date != null) {
				problems.add("occurredTime", "Enter the time it happened, for example 21:14");
			}
		}
		else {
			try {
				time = LocalTime.parse(occurredTime.trim().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
			}
			catch (DateTimeException e) {
				problems.add("occurredTime", "Enter the time as hours and minutes, for example 21:14");
			}
		}
		if (date != null && time != null) {
			occurredAt = ZonedDateTime.of(date, time, zone).toInstant();
		}
		Double lat = number(latitude, "latitude", "Latitude", problems);
		Double lon = number(longitude, "longitude", "Longitude", problems);
		List<RecordEncounter.PersonDetails> details = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			details.add(people.get(i).toDetails("people[" + i + "].", problems));
		}
		return new RecordEncounter(source, occurredAt, new Location(locationDescription, lat, lon), area, situation,
				narrative, details, incidentFeatures);
	}

	/** Where on this form the API's field names are: error links must land on a real field. */
	static String formField(String apiField) {
		String field = apiField.replaceAll("^(people\\[\\d+]\\.(vulnerabilities|barriers|communicationNeeds|adjustments|checks))\\[\\d+]$", "$1")
			.replaceAll("^incidentFeatures\\[\\d+]$", "incidentFeatures");
		for (Map.Entry<String, String> e : Map.of("occurredAt", "occurredDay", "location.description",
				"locationDescription", "location.latitude", "latitude", "location.longitude", "longitude",
				".dateOfBirth", ".dobDay", ".estimatedAgeYears", ".estimatedAge").entrySet()) {
			if (field.equals(e.getKey()) || (e.getKey().startsWith(".") && field.endsWith(e.getKey()))) {
				return field.substring(0, field.length() - e.getKey().length()) + e.getValue();
			}
		}
		return field;
	}

	/** A GOV.UK date input read as every form reads one ({@link DateInput}); null when blank or not a date. */
	static LocalDate date(String day, String month, String year, String field, String label, Violations problems) {
		return new DateInput(day, month, year).read(field, label, false, problems);
	}

	static Double number(String value, String field, String label, Violations problems) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Double.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			problems.add(field, label + " must be a number, for example 53.80");
			return null;
		}
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public String getSubmissionToken() { return submissionToken; }
	public void setSubmissionToken(String submissionToken) { this.submissionToken = submissionToken; }
	public String getSource() { return source; }
	public void setSource(String source) { this.source = source; }
	public String getSituation() { return situation; }
	public void setSituation(String situation) { this.situation = situation; }
	public String getOccurredDay() { return occurredDay; }
	public void setOccurredDay(String occurredDay) { this.occurredDay = occurredDay; }
	public String getOccurredMonth() { return occurredMonth; }
	public void setOccurredMonth(String occurredMonth) { this.occurredMonth = occurredMonth; }
	public String getOccurredYear() { return occurredYear; }
	public void setOccurredYear(String occurredYear) { this.occurredYear = occurredYear; }
	public String getOccurredTime() { return occurredTime; }
	public void setOccurredTime(String occurredTime) { this.occurredTime = occurredTime; }
	public String getLocationDescription() { return locationDescription; }
	public void setLocationDescription(String locationDescription) { this.locationDescription = locationDescription; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getArea() { return area; }
	public void setArea(String area) { this.area = area; }
	public String getNarrative() { return narrative; }
	public void setNarrative(String narrative) { this.narrative = narrative; }
	public List<String> getIncidentFeatures() { return incidentFeatures; }
	public void setIncidentFeatures(List<String> incidentFeatures) { this.incidentFeatures = incidentFeatures == null ? new ArrayList<>() : incidentFeatures; }
	public List<PersonForm> getPeople() { return people; }
	public void setPeople(List<PersonForm> people) { this.people = people; }
}
