package org.sightline.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.InformationItem;
import org.sightline.assessment.NdmStage;
import org.sightline.assessment.RecordAssessment;

/**
 * The THRIVE page, as typed: kept as text so that a rejected form comes back as the user left it.
 * Maps are keyed by element code, NDM stage, person id and DASH question code.
 */
public class AssessmentForm {

	private String trigger;
	private String triggerNote;
	private Integer basedOnVersion;
	private Map<String, String> elements = new LinkedHashMap<>();
	private String grade;
	private Map<String, String> rationaleContent = new LinkedHashMap<>();
	private Map<String, String> rationaleNotApplicable = new LinkedHashMap<>();
	private Map<String, String> personRisks = new LinkedHashMap<>();
	private List<String> facts = new ArrayList<>();
	private String significantHarm;
	private String dashPersonId;
	private Map<String, String> dashAnswers = new LinkedHashMap<>();
	private String dashJudgementLevel;
	private String dashJudgementRationale;
	private String missingPersonId;
	private List<InformationRow> information = new ArrayList<>();
	/** Earlier tool results (tool:personId) the assessor keeps; unticking one removes it. */
	private List<String> keptTools = new ArrayList<>();

	/** One piece of missing-person information, as typed. */
	public static class InformationRow {

		private String detail;
		private String source;
		private String sourceContact;
		private String obtainedDate;
		private String obtainedTime;

		boolean isEmpty() {
			return isBlank(detail) && isBlank(source) && isBlank(sourceContact) && isBlank(obtainedDate)
					&& isBlank(obtainedTime);
		}

		public String getDetail() { return detail; }
		public void setDetail(String detail) { this.detail = detail; }
		public String getSource() { return source; }
		public void setSource(String source) { this.source = source; }
		public String getSourceContact() { return sourceContact; }
		public void setSourceContact(String sourceContact) { this.sourceContact = sourceContact; }
		public String getObtainedDate() { return obtainedDate; }
		public void setObtainedDate(String obtainedDate) { this.obtainedDate = obtainedDate; }
		public String getObtainedTime() { return obtainedTime; }
		public void setObtainedTime(String obtainedTime) { this.obtainedTime = obtainedTime; }
	}

	/** Blank rows for new information, after any carried over from the last version. */
	static final int NEW_INFORMATION_ROWS = 2;

	/** A form that starts from the latest version, so a re-assessment changes only what is new. */
	static AssessmentForm from(AssessmentView latest, java.time.ZoneId zone) {
		var form = new AssessmentForm();
		if (latest == null) {
			form.trigger = AssessmentTrigger.INITIAL.name();
			return form;
		}
		form.basedOnVersion = latest.version();
		latest.elements().forEach(e -> form.elements.put(e.code(), e.finding()));
		form.grade = latest.grade().name();
		latest.rationale().forEach(r -> {
			if (r.content() != null) {
				form.rationaleContent.put(r.stage().name(), r.content());
			}
			if (r.notApplicableBecause() != null) {
				form.rationaleNotApplicable.put(r.stage().name(), r.notApplicableBecause());
			}
		});
		latest.personRisks().forEach(p -> form.personRisks.put(p.personId().toString(), p.riskLevel().name()));
		form.facts = new ArrayList<>(latest.facts());
		form.significantHarm = latest.significantHarm();
		// RE-THRIVE starts from every tool answered before: the DASH on the form, any other kept as it was
		latest.tools().stream().filter(t -> t.tool().equals("DASH")).findFirst().ifPresent(dash -> {
			form.dashPersonId = dash.personId().toString();
			form.dashAnswers.putAll(dash.answers());
			if (dash.judgementRationale() != null) {
				form.dashJudgementLevel = dash.finalLevel();
				form.dashJudgementRationale = dash.judgementRationale();
			}
		});
		latest.tools()
			.stream()
			.map(AssessmentForm::toolKey)
			.filter(key -> !key.equals("DASH:" + form.dashPersonId))
			.forEach(form.keptTools::add);
		if (latest.missingPerson() != null) {
			form.missingPersonId = latest.missingPerson().personId().toString();
			var formatDate = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
			var formatTime = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
			for (InformationItem item : latest.missingPerson().information()) {
				var row = new InformationRow();
				row.detail = item.detail();
				row.source = item.source();
				row.sourceContact = item.sourceContact();
				var local = item.obtainedAt().atZone(zone);
				row.obtainedDate = local.format(formatDate);
				row.obtainedTime = local.format(formatTime);
				form.information.add(row);
			}
		}
		return form;
	}

	/** Pads the information rows so there is always room for new information. */
	AssessmentForm withBlankInformationRows() {
		information.removeIf(InformationRow::isEmpty);
		for (int i = 0; i < NEW_INFORMATION_ROWS; i++) {
			information.add(new InformationRow());
		}
		return this;
	}

	static String toolKey(AssessmentView.ToolResult tool) {
		return tool.tool() + ":" + tool.personId();
	}

	/**
	 * @param latest the version this form started from: tools the assessor kept are carried from it
	 * unchanged, so nothing answered before is dropped without the assessor choosing to
	 */
	RecordAssessment toCommand(List<UUID> personOrder, java.time.ZoneId zone, AssessmentView latest) {
		Map<String, RecordAssessment.Rationale> rationale = new LinkedHashMap<>();
		for (NdmStage stage : NdmStage.values()) {
			String content = rationaleContent.get(stage.name());
			String notApplicable = rationaleNotApplicable.get(stage.name());
			if (!isBlank(content) || !isBlank(notApplicable)) {
				rationale.put(stage.name(), new RecordAssessment.Rationale(content, notApplicable));
			}
		}
		Map<String, String> findings = new LinkedHashMap<>();
		elements.forEach((code, finding) -> {
			if (!isBlank(finding)) {
				findings.put(code, finding);
			}
		});
		List<RecordAssessment.PersonRisk> risks = personOrder.stream()
			.map(id -> new RecordAssessment.PersonRisk(id, personRisks.get(id.toString())))
			.toList();
		List<RecordAssessment.ToolAnswers> tools = new ArrayList<>();
		if (!isBlank(dashPersonId)) {
			RecordAssessment.Judgement judgement = isBlank(dashJudgementLevel) ? null
					: new RecordAssessment.Judgement(dashJudgementLevel, dashJudgementRationale);
			tools.add(new RecordAssessment.ToolAnswers("DASH", UUID.fromString(dashPersonId), dashAnswers, judgement));
		}
		if (latest != null) {
			for (AssessmentView.ToolResult kept : latest.tools()) {
				String key = toolKey(kept);
				boolean onTheForm = key.equals("DASH:" + dashPersonId);
				if (keptTools.contains(key) && !onTheForm) {
					RecordAssessment.Judgement judgement = kept.judgementRationale() == null ? null
							: new RecordAssessment.Judgement(kept.finalLevel(), kept.judgementRationale());
					tools.add(new RecordAssessment.ToolAnswers(kept.tool(), kept.personId(), kept.answers(), judgement));
				}
			}
		}
		return new RecordAssessment(trigger, triggerNote, basedOnVersion, findings, grade, rationale, risks, facts,
				significantHarm, tools, missingPerson(zone));
	}

	private RecordAssessment.MissingPerson missingPerson(java.time.ZoneId zone) {
		if (isBlank(missingPersonId)) {
			return null;
		}
		List<InformationItem> items = new ArrayList<>();
		for (InformationRow row : information) {
			if (!row.isEmpty()) {
				items.add(new InformationItem(row.detail, row.source, row.sourceContact, obtainedAt(row, zone)));
			}
		}
		return new RecordAssessment.MissingPerson(UUID.fromString(missingPersonId), items);
	}

	private static java.time.Instant obtainedAt(InformationRow row, java.time.ZoneId zone) {
		try {
			// strict: 31/2 is not a date (the default resolver would quietly make it 28 February)
			var date = java.time.LocalDate.parse(row.obtainedDate.trim(), java.time.format.DateTimeFormatter
				.ofPattern("d/M/uuuu")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			var time = java.time.LocalTime.parse(row.obtainedTime.trim(), java.time.format.DateTimeFormatter
				.ofPattern("H:mm")
				.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			return java.time.ZonedDateTime.of(date, time, zone).toInstant();
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** Rows as submitted, with the empty ones dropped: API indexes refer to these. */
	List<InformationRow> filledRows() {
		return information.stream().filter(r -> !r.isEmpty()).toList();
	}

	/** Where on this form an API field's error is shown. */
	static String formField(String apiField, List<UUID> personOrder) {
		if (apiField.startsWith("elements.")) {
			return "elements[" + apiField.substring("elements.".length()) + "]";
		}
		if (apiField.equals("rationale")) {
			return "rationaleContent[" + NdmStage.CODE_OF_ETHICS.name() + "]";
		}
		if (apiField.startsWith("rationale.")) {
			return "rationaleContent[" + apiField.substring("rationale.".length()) + "]";
		}
		if (apiField.startsWith("personRisks[")) {
			int index = Integer.parseInt(apiField.substring("personRisks[".length(), apiField.indexOf(']')));
			return index < personOrder.size() ? "personRisks[" + personOrder.get(index) + "]" : "personRisks";
		}
		if (apiField.startsWith("tools[0].answers.")) {
			return "dashAnswers[" + apiField.substring("tools[0].answers.".length()) + "]";
		}
		if (apiField.startsWith("tools[0].judgement")) {
			return apiField.endsWith("rationale") ? "dashJudgementRationale" : "dashJudgementLevel";
		}
		if (apiField.startsWith("tools[0]")) {
			return "dashPersonId";
		}
		if (apiField.startsWith("missingPerson.information[")) {
			String rest = apiField.substring("missingPerson.".length());
			return rest.replace(".obtainedAt", ".obtainedDate");
		}
		if (apiField.startsWith("missingPerson")) {
			return "missingPersonId";
		}
		if (apiField.startsWith("facts")) {
			return "facts";
		}
		return apiField;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	public String getTrigger() { return trigger; }
	public void setTrigger(String trigger) { this.trigger = trigger; }
	public String getTriggerNote() { return triggerNote; }
	public void setTriggerNote(String triggerNote) { this.triggerNote = triggerNote; }
	public Integer getBasedOnVersion() { return basedOnVersion; }
	public void setBasedOnVersion(Integer basedOnVersion) { this.basedOnVersion = basedOnVersion; }
	public Map<String, String> getElements() { return elements; }
	public void setElements(Map<String, String> elements) { this.elements = elements; }
	public String getGrade() { return grade; }
	public void setGrade(String grade) { this.grade = grade; }
	public Map<String, String> getRationaleContent() { return rationaleContent; }
	public void setRationaleContent(Map<String, String> rationaleContent) { this.rationaleContent = rationaleContent; }
	public Map<String, String> getRationaleNotApplicable() { return rationaleNotApplicable; }
	public void setRationaleNotApplicable(Map<String, String> rationaleNotApplicable) { this.rationaleNotApplicable = rationaleNotApplicable; }
	public Map<String, String> getPersonRisks() { return personRisks; }
	public void setPersonRisks(Map<String, String> personRisks) { this.personRisks = personRisks; }
	public List<String> getFacts() { return facts; }
	public void setFacts(List<String> facts) { this.facts = facts; }
	public String getSignificantHarm() { return significantHarm; }
	public void setSignificantHarm(String significantHarm) { this.significantHarm = significantHarm; }
	public String getDashPersonId() { return dashPersonId; }
	public void setDashPersonId(String dashPersonId) { this.dashPersonId = dashPersonId; }
	public Map<String, String> getDashAnswers() { return dashAnswers; }
	public void setDashAnswers(Map<String, String> dashAnswers) { this.dashAnswers = dashAnswers; }
	public String getDashJudgementLevel() { return dashJudgementLevel; }
	public void setDashJudgementLevel(String dashJudgementLevel) { this.dashJudgementLevel = dashJudgementLevel; }
	public String getDashJudgementRationale() { return dashJudgementRationale; }
	public String getMissingPersonId() { return missingPersonId; }
	public void setMissingPersonId(String missingPersonId) { this.missingPersonId = missingPersonId; }
	public List<InformationRow> getInformation() { return information; }
	public void setInformation(List<InformationRow> information) { this.information = information; }
	public void setDashJudgementRationale(String dashJudgementRationale) { this.dashJudgementRationale = dashJudgementRationale; }
	public List<String> getKeptTools() { return keptTools; }
	public void setKeptTools(List<String> keptTools) { this.keptTools = keptTools; }
}
