package org.sightline.assessment.internal;

import org.sightline.assessment.AdultAtRiskPolicy;
import org.sightline.assessment.AssessmentTrigger;
import org.sightline.assessment.AssessmentView;
import org.sightline.assessment.ChildConcern;
import org.sightline.assessment.ChildSafeguardingPolicy;
import org.sightline.assessment.DashOutcome;
import org.sightline.assessment.DashPolicy;
import org.sightline.assessment.InformationItem;
import org.sightline.assessment.MissingPersonOutcome;
import org.sightline.assessment.MissingPersonReport;
import org.sightline.assessment.MissingPersonRiskPolicy;
import org.sightline.assessment.NdmStage;
import org.sightline.assessment.ProfessionalJudgement;
import org.sightline.assessment.RcrpThresholdDecision;
import org.sightline.assessment.RcrpThresholdPolicy;
import org.sightline.assessment.RecordAssessment;
import org.sightline.assessment.ResponseGrade;
import org.sightline.assessment.RiskLevel;
import org.sightline.assessment.RiskTool;
import org.sightline.assessment.RiskTools;
import org.sightline.assessment.SafeguardingDecision;
import org.sightline.assessment.SignificantHarm;
import org.sightline.assessment.ThriveSettings;
import org.sightline.shared.Words;
import org.sightline.shared.Fact;
import org.sightline.shared.Situation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.sightline.shared.Actor;
import org.sightline.shared.Violation;
import org.sightline.shared.Codes;
import org.sightline.shared.Violations;

/**
 * Turns a {@link RecordAssessment} into a new version of the THRIVE assessment of an encounter:
 * checks every field, runs the risk tools and safeguarding policies as aids, applies the rule that
 * judgement may raise a tool's level but never lower it, and says which findings need a
 * supervisor. No Spring and no database: the facade stores what this returns.
 */
public final class ThriveAssessor {

	static final int MAX_TEXT = 10_000;

	/** A new version, and the reasons (code, plain English) it must go to a supervisor. */
	public record Assessed(AssessmentView view, Map<String, String> supervisorReasons) {
	}

	private final ThriveSettings settings;
	private final RiskTools tools;
	private final MissingPersonRiskPolicy missingPersonPolicy;
	private final ChildSafeguardingPolicy childPolicy;
	private final AdultAtRiskPolicy adultPolicy;
	private final RcrpThresholdPolicy rcrpPolicy;

	ThriveAssessor(ThriveSettings settings, RiskTools tools, MissingPersonRiskPolicy missingPersonPolicy,
			ChildSafeguardingPolicy childPolicy, AdultAtRiskPolicy adultPolicy, RcrpThresholdPolicy rcrpPolicy) {
		this.settings = settings;
		this.tools = tools;
		this.missingPersonPolicy = missingPersonPolicy;
		this.childPolicy = childPolicy;
		this.adultPolicy = adultPolicy;
		this.rcrpPolicy = rcrpPolicy;
	}

	public Assessed assess(UUID id, AssessmentView.Snapshot snapshot, Optional<AssessmentView> previous, RecordAssessment command,
			Actor assessor, Instant now) {
		var problems = new Violations();
		int version = previous.map(p -> p.version() + 1).orElse(1);

		AssessmentTrigger trigger = Codes.parse(problems, "trigger", command.trigger(), AssessmentTrigger.class,
				"Select why you are assessing");
		if (trigger != null && previous.isEmpty() && trigger != AssessmentTrigger.INITIAL) {
			problems.add("trigger", "The first assessment of an encounter is INITIAL");
		}
		if (trigger == AssessmentTrigger.INITIAL && previous.isPresent()) {
			problems.add("trigger", "This encounter was already assessed: choose what prompted the re-assessment");
		}
		if (previous.isPresent() && isBlank(command.triggerNote())) {
			problems.add("triggerNote", "Say what is new since the last assessment");
		}
		maxLength(problems, "triggerNote", command.triggerNote());
		if (previous.isPresent() && command.basedOnVersion() == null) {
			problems.add("basedOnVersion", "Say which version you re-assessed (basedOnVersion): the latest is version "
					+ previous.get().version() + ", so a change made meanwhile is never overwritten unseen");
		}
		if (command.basedOnVersion() != null && previous.isPresent()
				&& command.basedOnVersion() != previous.get().version()) {
			throw new org.sightline.shared.ConflictException("The assessment changed while you were working on it: version "
					+ previous.get().version() + " was recorded by " + previous.get().assessedBy() + ". Read it, then assess again.");
		}

		List<AssessmentView.ElementFinding> elements = elements(problems, command.elements());
		ResponseGrade grade = Codes.parse(problems, "grade", command.grade(), ResponseGrade.class, "Select a response grade");
		List<AssessmentView.RationaleEntry> rationale = rationale(problems, command.rationale());

		Set<Fact> assessmentFacts = EnumSet.noneOf(Fact.class);
		for (int i = 0; i < command.facts().size(); i++) {
			String code = command.facts().get(i);
			int index = i;
			Fact.fromCode(code).ifPresentOrElse(assessmentFacts::add,
					() -> problems.add("facts[" + index + "]", "Unknown fact code ‘" + code + "’"));
		}
		SignificantHarm harm = isBlank(command.significantHarm()) ? SignificantHarm.NOT_SUSPECTED
				: Codes.parse(problems, "significantHarm", command.significantHarm(), SignificantHarm.class, null);

		Map<UUID, AssessmentView.SnapshotPerson> people = new LinkedHashMap<>();
		snapshot.people().forEach(p -> people.put(p.id(), p));
		Map<UUID, RiskLevel> risks = personRisks(problems, command.personRisks(), people);

		Map<String, String> supervisor = new LinkedHashMap<>();
		List<AssessmentView.ToolResult> toolResults = new ArrayList<>();
		for (int i = 0; i < command.tools().size(); i++) {
			runTool(problems, "tools[" + i + "]", command.tools().get(i), people, risks, assessmentFacts, supervisor)
				.ifPresent(toolResults::add);
		}
		AssessmentView.MissingPersonResult missing = missingPerson(problems, command.missingPerson(), people, risks,
				assessmentFacts, now, supervisor);
		problems.throwIfAny();

		childrenAreNeverNoApparentRisk(problems, snapshot, people, risks, assessmentFacts);
		problems.throwIfAny();

		RiskLevel highest = risks.values().stream().max(Enum::compareTo).orElse(RiskLevel.NO_APPARENT_RISK);
		for (AssessmentView.ToolResult tool : toolResults) {
			highest = RiskLevel.higherOf(highest, tool.riskLevel());
		}
		if (missing != null) {
			highest = RiskLevel.higherOf(highest, missing.toolLevel());
		}
		AssessmentView.Safeguarding safeguarding = safeguarding(snapshot, people, assessmentFacts, harm, risks);
		RcrpThresholdDecision threshold = rcrpPolicy.assess(allFacts(people.values(), assessmentFacts), highest,
				"this assessment");
		List<AssessmentView.PersonRiskView> personRisks = people.values()
			.stream()
			.map(p -> new AssessmentView.PersonRiskView(p.id(), p.name(), risks.get(p.id())))
			.toList();
		if (personRisks.stream().anyMatch(r -> r.riskLevel() == RiskLevel.HIGH)) {
			supervisor.put("HIGH_RISK", "Graded HIGH risk: every HIGH grading is reviewed by a supervisor");
		}

		ThriveSettings.Grade gradeSetting = settings.grade(grade);
		var view = new AssessmentView(id, null, version, trigger, clean(command.triggerNote()), assessor.username(), now,
				elements, grade, gradeSetting.displayCode(), gradeSetting.targetMinutes(), rationale, personRisks,
				assessmentFacts.stream().map(Enum::name).toList(), harm.name(), toolResults, missing, safeguarding,
				new AssessmentView.RcrpThreshold(threshold.met(),
						threshold.answeredYes().stream().map(Enum::name).toList(), threshold.reasons()),
				List.copyOf(supervisor.values()), List.of(), snapshot);
		return new Assessed(withChanges(view, previous), supervisor);
	}

	private List<AssessmentView.ElementFinding> elements(Violations problems, Map<String, String> given) {
		List<AssessmentView.ElementFinding> findings = new ArrayList<>();
		for (ThriveSettings.Element element : settings.elements()) {
			String finding = given.get(element.code());
			if (isBlank(finding)) {
				if (element.mandatory()) {
					problems.add("elements." + element.code(), "Record your finding on " + element.label().toLowerCase());
				}
				continue;
			}
			maxLength(problems, "elements." + element.code(), finding);
			findings.add(new AssessmentView.ElementFinding(element.code(), element.label(), finding.strip()));
		}
		for (String code : given.keySet()) {
			if (settings.elements().stream().noneMatch(e -> e.code().equals(code))) {
				problems.add("elements." + code, "Unknown THRIVE element ‘" + code + "’; this force uses "
						+ String.join(", ", settings.elements().stream().map(ThriveSettings.Element::code).toList()));
			}
		}
		return findings;
	}

	private static List<AssessmentView.RationaleEntry> rationale(Violations problems,
			Map<String, RecordAssessment.Rationale> given) {
		if (given.isEmpty()) {
			problems.add("rationale", "Record your rationale at each stage of the National Decision Model");
			return List.of();
		}
		List<AssessmentView.RationaleEntry> entries = new ArrayList<>();
		for (NdmStage stage : NdmStage.values()) {
			RecordAssessment.Rationale entry = given.get(stage.name());
			String field = "rationale." + stage.name();
			boolean hasContent = entry != null && !isBlank(entry.content());
			boolean notApplicable = entry != null && !isBlank(entry.notApplicableBecause());
			if (!hasContent && !notApplicable) {
				problems.add(field, "Record your rationale for " + stageLabel(stage)
						+ ", or say why it does not apply");
			}
			else if (hasContent && notApplicable) {
				problems.add(field, "For " + stageLabel(stage) + ", give your rationale or say why it does not apply, not both");
			}
			else {
				maxLength(problems, field, hasContent ? entry.content() : entry.notApplicableBecause());
				entries.add(new AssessmentView.RationaleEntry(stage, clean(entry.content()),
						clean(entry.notApplicableBecause())));
			}
		}
		for (String code : given.keySet()) {
			if (Arrays.stream(NdmStage.values()).noneMatch(s -> s.name().equals(code))) {
				problems.add("rationale." + code, "Unknown National Decision Model stage ‘" + code + "’");
			}
		}
		return entries;
	}

	static String stageLabel(NdmStage stage) {
		return switch (stage) {
			case CODE_OF_ETHICS -> "the Code of Ethics";
			case INFORMATION -> "information";
			case ASSESSMENT -> "assessment of threat and risk";
			case POWERS_AND_POLICY -> "powers and policy";
			case OPTIONS -> "options";
			case ACTION_AND_REVIEW -> "action and review";
		};
	}

	private static Map<UUID, RiskLevel> personRisks(Violations problems, List<RecordAssessment.PersonRisk> given,
			Map<UUID, AssessmentView.SnapshotPerson> people) {
		Map<UUID, RiskLevel> risks = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			RecordAssessment.PersonRisk risk = given.get(i);
			if (risk == null || risk.personId() == null || !people.containsKey(risk.personId())) {
				problems.add("personRisks[" + i + "].personId", "This person is not in the encounter");
				continue;
			}
			RiskLevel level = Codes.parse(problems, "personRisks[" + i + "].riskLevel", risk.riskLevel(), RiskLevel.class,
					"Select a risk level for " + people.get(risk.personId()).name());
			if (level != null) {
				risks.put(risk.personId(), level);
			}
		}
		int index = given.size();
		for (AssessmentView.SnapshotPerson person : people.values()) {
			if (!risks.containsKey(person.id()) && given.stream().noneMatch(g -> g != null && person.id().equals(g.personId()))) {
				problems.add("personRisks[" + index++ + "]", "Select a risk level for " + person.name());
			}
		}
		return risks;
	}

	private Optional<AssessmentView.ToolResult> runTool(Violations problems, String field, RecordAssessment.ToolAnswers input,
			Map<UUID, AssessmentView.SnapshotPerson> people, Map<UUID, RiskLevel> risks, Set<Fact> assessmentFacts,
			Map<String, String> supervisor) {
		Optional<RiskTool> tool = input.tool() == null ? Optional.empty() : tools.find(input.tool());
		if (tool.isEmpty()) {
			problems.add(field + ".tool", "Unknown risk tool ‘" + input.tool() + "’; available: "
					+ String.join(", ", tools.all().stream().map(RiskTool::code).toList()));
			return Optional.empty();
		}
		AssessmentView.SnapshotPerson person = input.personId() == null ? null : people.get(input.personId());
		if (person == null) {
			problems.add(field + ".personId", "Say which person in the encounter the " + tool.get().code() + " is about");
			return Optional.empty();
		}
		if (tool.get().gradingMode() == RiskTool.GradingMode.JUDGEMENT) {
			return judgementTool(problems, field, tool.get(), input, person, people, risks);
		}
		Optional<ProfessionalJudgement> judgement = Optional.ofNullable(input.judgement())
			.filter(j -> !isBlank(j.level()))
			.map(j -> new ProfessionalJudgement(j.level(), j.rationale()));
		DashOutcome outcome = new DashPolicy(tool.get()).grade(input.answers(),
				allFacts(List.of(person), assessmentFacts), judgement);
		if (outcome instanceof DashOutcome.Rejected rejected) {
			for (Violation v : rejected.problems()) {
				problems.add(field + "." + v.field(), v.message());
			}
			return Optional.empty();
		}
		var graded = (DashOutcome.Graded) outcome;
		RiskLevel assessorLevel = risks.get(person.id());
		if (assessorLevel != null && graded.riskLevel().isAbove(assessorLevel)) {
			problems.add("personRisks[" + indexOf(people, person.id()) + "].riskLevel", "Judgement cannot lower the "
					+ tool.get().code() + " grade: " + person.name() + " is " + graded.riskLevel() + " on "
					+ graded.tool() + ", so their risk level must be " + graded.riskLevel() + " or higher");
		}
		if (graded.raisedByJudgement() || (assessorLevel != null && assessorLevel.isAbove(graded.riskLevel()))) {
			supervisor.put("JUDGEMENT_DIFFERS_FROM_TOOL:" + tool.get().code() + ":" + person.id(),
					"Judgement differs from " + tool.get().code() + " for " + person.name() + ": the tool gave "
							+ graded.toolLevel().code() + ", the assessor recorded "
							+ (assessorLevel == null ? graded.level().code() : assessorLevel));
		}
		return Optional.of(new AssessmentView.ToolResult(graded.tool().code(), graded.tool().version(), person.id(),
				graded.yesAnswers(), graded.questions(), graded.toolLevel().code(), graded.level().code(),
				graded.riskLevel(), graded.judgement().map(ProfessionalJudgement::rationale).orElse(null),
				graded.redFlags().stream().map(Enum::name).sorted().toList(), graded.reasons(), input.answers()));
	}

	/**
	 * A tool graded by judgement (a force's DARA, say): the questions structure the officer's
	 * judgement, the officer chooses the level and says why, and the person's risk level may not be
	 * below it.
	 */
	private Optional<AssessmentView.ToolResult> judgementTool(Violations problems, String field, RiskTool tool,
			RecordAssessment.ToolAnswers input, AssessmentView.SnapshotPerson person,
			Map<UUID, AssessmentView.SnapshotPerson> people, Map<UUID, RiskLevel> risks) {
		int before = problems.list().size();
		int yes = 0;
		for (Map.Entry<String, String> answer : input.answers().entrySet()) {
			if (tool.question(answer.getKey()).isEmpty()) {
				problems.add(field + ".answers." + answer.getKey(), answer.getKey() + " is not a question of " + tool.id());
			}
			else if (!List.of("YES", "NO", "NOT_KNOWN").contains(answer.getValue())) {
				problems.add(field + ".answers." + answer.getKey(), "Answer YES, NO or NOT_KNOWN");
			}
			else if (answer.getValue().equals("YES")) {
				yes++;
			}
		}
		RecordAssessment.Judgement judgement = input.judgement();
		Optional<RiskTool.Level> level = judgement == null || isBlank(judgement.level()) ? Optional.empty()
				: tool.level(judgement.level());
		if (level.isEmpty()) {
			problems.add(field + ".judgement.level", tool.code() + " is graded by your judgement: choose one of "
					+ tool.levels().stream().map(RiskTool.Level::code).toList());
		}
		if (judgement == null || isBlank(judgement.rationale())) {
			problems.add(field + ".judgement.rationale", "Explain your judgement: " + tool.code()
					+ " is graded by judgement, and a grade without a rationale is not judgement");
		}
		else {
			maxLength(problems, field + ".judgement.rationale", judgement.rationale());
		}
		if (problems.list().size() > before || level.isEmpty()) {
			return Optional.empty();
		}
		RiskLevel assessorLevel = risks.get(person.id());
		if (assessorLevel != null && level.get().riskLevel().isAbove(assessorLevel)) {
			problems.add("personRisks[" + indexOf(people, person.id()) + "].riskLevel", person.name() + " is "
					+ level.get().code() + " on " + tool.id() + " by your own judgement, so their risk level must be "
					+ level.get().riskLevel() + " or higher");
		}
		return Optional.of(new AssessmentView.ToolResult(tool.code(), tool.version(), person.id(), yes,
				tool.questions().size(), level.get().code(), level.get().code(), level.get().riskLevel(),
				judgement.rationale().strip(), List.of(),
				List.of(tool.id() + ": graded " + level.get().code() + " by the officer's judgement (" + yes + " of "
						+ tool.questions().size() + " answers yes); the questions structure judgement, they do not score it."),
				input.answers()));
	}

	/**
	 * A child is never graded no apparent risk where the encounter is about their safety: a missing
	 * child (missing persons APP; NPCC on the former "absent" category), a child at or in a home with
	 * domestic abuse (a victim in their own right), or the child a child concern is about.
	 */
	private void childrenAreNeverNoApparentRisk(Violations problems, AssessmentView.Snapshot snapshot,
			Map<UUID, AssessmentView.SnapshotPerson> people, Map<UUID, RiskLevel> risks, Set<Fact> assessmentFacts) {
		Situation situation = snapshot.situation();
		boolean aboutChildren = situation == Situation.MISSING_PERSON || situation == Situation.DOMESTIC_ABUSE
				|| situation == Situation.CHILD_CONCERN;
		for (AssessmentView.SnapshotPerson person : people.values()) {
			if (risks.get(person.id()) != RiskLevel.NO_APPARENT_RISK) {
				continue;
			}
			Set<Fact> facts = allFacts(List.of(person), assessmentFacts);
			boolean child = "CHILD_PRESENT".equals(person.role()) && person.ageYears() == null
					|| childPolicy.isChild(age(person), facts);
			boolean markers = MissingPersonRiskPolicy.EXPLOITATION_MARKERS.stream().anyMatch(facts::contains);
			if (child && (aboutChildren || markers)) {
				problems.add("personRisks[" + indexOf(people, person.id()) + "].riskLevel", person.name()
						+ " is a child" + (markers ? " with exploitation markers" : "")
						+ ": a child is never graded no apparent risk here; choose low or higher");
			}
		}
	}

	private AssessmentView.MissingPersonResult missingPerson(Violations problems, RecordAssessment.MissingPerson input,
			Map<UUID, AssessmentView.SnapshotPerson> people, Map<UUID, RiskLevel> risks, Set<Fact> assessmentFacts,
			Instant now, Map<String, String> supervisor) {
		if (input == null) {
			return null;
		}
		AssessmentView.SnapshotPerson person = input.personId() == null ? null : people.get(input.personId());
		if (person == null) {
			problems.add("missingPerson.personId", "Say which person in the encounter is missing");
			return null;
		}
		for (int i = 0; i < input.information().size(); i++) {
			InformationItem item = input.information().get(i);
			if (item != null && item.obtainedAt() != null && item.obtainedAt().isAfter(now.plusSeconds(300))) {
				problems.add("missingPerson.information[" + i + "].obtainedAt", "When the information was obtained must be in the past");
			}
		}
		MissingPersonOutcome outcome = missingPersonPolicy.assess(new MissingPersonReport(age(person),
				allFacts(List.of(person), assessmentFacts), input.information()));
		if (outcome instanceof MissingPersonOutcome.Rejected rejected) {
			for (Violation v : rejected.problems()) {
				problems.add("missingPerson." + v.field(), v.message());
			}
			return null;
		}
		var graded = (MissingPersonOutcome.Graded) outcome;
		RiskLevel assessorLevel = risks.get(person.id());
		if (assessorLevel != null && assessorLevel != graded.level()) {
			supervisor.put("JUDGEMENT_DIFFERS_FROM_TOOL:MISSING_PERSON:" + person.id(),
					"Judgement differs from the missing-person grading for " + person.name() + ": the policy gave "
							+ graded.level() + ", the assessor recorded " + assessorLevel);
		}
		return new AssessmentView.MissingPersonResult(person.id(), graded.level(),
				graded.actions().stream().map(Enum::name).toList(), graded.reasons(), input.information());
	}

	private AssessmentView.Safeguarding safeguarding(AssessmentView.Snapshot snapshot,
			Map<UUID, AssessmentView.SnapshotPerson> people, Set<Fact> assessmentFacts, SignificantHarm harm,
			Map<UUID, RiskLevel> risks) {
		Set<String> referrals = new LinkedHashSet<>();
		Set<String> actions = new LinkedHashSet<>();
		List<String> reasons = new ArrayList<>();
		for (AssessmentView.SnapshotPerson person : people.values()) {
			OptionalInt age = age(person);
			Set<Fact> facts = allFacts(List.of(person), assessmentFacts);
			if ("CHILD_PRESENT".equals(person.role())) {
				facts.add(Fact.CHILD_PRESENT);
			}
			// a child present, or the subject of a child concern, whose age is not known is treated as a child
			boolean child = age.isPresent() ? childPolicy.isChild(age, facts)
					: "CHILD_PRESENT".equals(person.role()) || snapshot.situation() == Situation.CHILD_CONCERN
							|| childPolicy.isChild(age, facts);
			if (child && age.isEmpty()) {
				facts.add(Fact.CHILD);
			}
			SafeguardingDecision decision;
			if (child) {
				decision = childPolicy.assess(new ChildConcern(snapshot.situation(), age, facts, harm,
						risks.getOrDefault(person.id(), RiskLevel.NO_APPARENT_RISK)));
			}
			else {
				decision = adultPolicy.assess(snapshot.situation(), age, facts);
			}
			decision.referrals().forEach(r -> referrals.add(r.name()));
			decision.actions().forEach(a -> actions.add(a.name()));
			if (!decision.referrals().isEmpty() || !decision.actions().isEmpty()) {
				decision.reasons().forEach(r -> reasons.add(person.name() + ": " + r));
			}
		}
		return new AssessmentView.Safeguarding(List.copyOf(referrals), List.copyOf(actions), reasons);
	}

	/** Facts about the people (their recorded vulnerabilities that are contract facts) and the situation. */
	static Set<Fact> allFacts(java.util.Collection<AssessmentView.SnapshotPerson> people, Set<Fact> assessmentFacts) {
		Set<Fact> facts = EnumSet.noneOf(Fact.class);
		facts.addAll(assessmentFacts);
		for (AssessmentView.SnapshotPerson person : people) {
			person.vulnerabilities().forEach(code -> Fact.fromCode(code).ifPresent(facts::add));
		}
		return facts;
	}

	static OptionalInt age(AssessmentView.SnapshotPerson person) {
		return person.ageYears() == null ? OptionalInt.empty() : OptionalInt.of(person.ageYears());
	}

	private static AssessmentView withChanges(AssessmentView view, Optional<AssessmentView> previous) {
		List<String> changes = new ArrayList<>();
		if (previous.isEmpty()) {
			changes.add("First assessment");
		}
		else {
			AssessmentView before = previous.get();
			if (before.grade() != view.grade()) {
				changes.add("Response grade: " + Words.of(before.grade()) + " → " + Words.of(view.grade()));
			}
			for (AssessmentView.PersonRiskView now : view.personRisks()) {
				before.personRisks().stream()
					.filter(b -> b.personId().equals(now.personId()) && b.riskLevel() != now.riskLevel())
					.findFirst()
					.ifPresent(b -> changes.add(now.name() + ": risk " + Words.of(b.riskLevel()).toLowerCase(java.util.Locale.ROOT)
							+ " → " + Words.of(now.riskLevel()).toLowerCase(java.util.Locale.ROOT)));
			}
			for (AssessmentView.ElementFinding finding : view.elements()) {
				Optional<AssessmentView.ElementFinding> was = before.elements().stream()
					.filter(b -> b.code().equals(finding.code()))
					.findFirst();
				if (was.isEmpty()) {
					changes.add(finding.label() + ": “" + brief(finding.finding()) + "”");
				}
				else if (!was.get().finding().equals(finding.finding())) {
					changes.add(finding.label() + ": “" + brief(was.get().finding()) + "” → “" + brief(finding.finding()) + "”");
				}
			}
			peopleChanges(before.snapshot().people(), view.snapshot().people(), changes);
			for (AssessmentView.ToolResult tool : view.tools()) {
				Optional<AssessmentView.ToolResult> was = before.tools().stream()
					.filter(b -> b.tool().equals(tool.tool()) && b.personId().equals(tool.personId()))
					.findFirst();
				if (was.isEmpty()) {
					changes.add(tool.tool() + " completed: " + Words.of(tool.finalLevel()).toLowerCase(java.util.Locale.ROOT)
							+ " (" + tool.yesAnswers() + " of " + tool.questions() + " yes)");
					continue;
				}
				long answersChanged = tool.answers().entrySet().stream()
					.filter(e -> !e.getValue().equals(was.get().answers().get(e.getKey())))
					.count();
				if (answersChanged > 0) {
					changes.add(tool.tool() + ": " + answersChanged + (answersChanged == 1 ? " answer" : " answers")
							+ " changed, now " + tool.yesAnswers() + " of " + tool.questions() + " yes (was "
							+ was.get().yesAnswers() + ")");
				}
				if (!was.get().finalLevel().equals(tool.finalLevel())) {
					changes.add(tool.tool() + " level: " + Words.of(was.get().finalLevel()).toLowerCase(java.util.Locale.ROOT)
							+ " → " + Words.of(tool.finalLevel()).toLowerCase(java.util.Locale.ROOT));
				}
			}
			before.tools().stream()
				.filter(b -> view.tools().stream().noneMatch(t -> t.tool().equals(b.tool()) && t.personId().equals(b.personId())))
				.forEach(b -> changes.add(b.tool() + " removed (was " + Words.of(b.finalLevel()).toLowerCase(java.util.Locale.ROOT) + ")"));
			view.facts().stream().filter(f -> !before.facts().contains(f)).forEach(f -> changes.add("Fact added: " + Words.of(f)));
			before.facts().stream().filter(f -> !view.facts().contains(f)).forEach(f -> changes.add("Fact removed: " + Words.of(f)));
			if (changes.isEmpty()) {
				changes.add("No change to the findings");
			}
		}
		return new AssessmentView(view.id(), view.encounterId(), view.version(), view.trigger(), view.triggerNote(),
				view.assessedBy(), view.assessedAt(), view.elements(), view.grade(), view.gradeDisplayCode(),
				view.targetMinutes(), view.rationale(), view.personRisks(), view.facts(), view.significantHarm(), view.tools(),
				view.missingPerson(), view.safeguarding(), view.rcrpThreshold(), view.supervisorReview(), changes,
				view.snapshot());
	}

	/** A finding shortened for a list of changes. */
	private static String brief(String text) {
		String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
	}

	/** Each person added or removed, and each vulnerability newly known or no longer recorded. */
	private static void peopleChanges(List<AssessmentView.SnapshotPerson> before, List<AssessmentView.SnapshotPerson> now,
			List<String> changes) {
		for (AssessmentView.SnapshotPerson person : now) {
			Optional<AssessmentView.SnapshotPerson> was = before.stream().filter(b -> b.id().equals(person.id())).findFirst();
			if (was.isEmpty()) {
				changes.add("Person added: " + person.name());
				continue;
			}
			person.vulnerabilities().stream()
				.filter(v -> !was.get().vulnerabilities().contains(v))
				.forEach(v -> changes.add(person.name() + ": now known – " + Words.of(v).toLowerCase(java.util.Locale.ROOT)));
			was.get().vulnerabilities().stream()
				.filter(v -> !person.vulnerabilities().contains(v))
				.forEach(v -> changes.add(person.name() + ": no longer recorded – " + Words.of(v).toLowerCase(java.util.Locale.ROOT)));
			if (!java.util.Objects.equals(was.get().ageYears(), person.ageYears())
					|| !java.util.Objects.equals(was.get().dateOfBirth(), person.dateOfBirth())) {
				changes.add(person.name() + ": age or date of birth changed");
			}
		}
		before.stream()
			.filter(b -> now.stream().noneMatch(p -> p.id().equals(b.id())))
			.forEach(b -> changes.add("Person no longer in the encounter: " + b.name()));
	}

	private static int indexOf(Map<UUID, AssessmentView.SnapshotPerson> people, UUID id) {
		return new ArrayList<>(people.keySet()).indexOf(id);
	}


	private static void maxLength(Violations problems, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(field, "This must be " + String.format("%,d", MAX_TEXT) + " characters or fewer");
		}
	}

	private static String clean(String value) {
		return isBlank(value) ? null : value.strip();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
