package org.sightline.encounter.internal;

import java.util.List;
import java.util.UUID;

import org.sightline.person.PersonLinking;
import org.sightline.person.PersonMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After an upgrade from a version that did not link people, links every person in an encounter
 * recorded before, so that every mention belongs to a person. Runs at start-up and costs two counts
 * when there is nothing to do; each mention is linked in its own transaction, so a stop part-way
 * loses nothing and the next start carries on.
 */
@Component
public class EarlierMentionsLinking {

	private static final Logger log = LoggerFactory.getLogger(EarlierMentionsLinking.class);

	static final int PAGE = 500;

	private final Encounters encounters;

	private final PersonLinking linking;

	EarlierMentionsLinking(Encounters encounters, PersonLinking linking) {
		this.encounters = encounters;
		this.linking = linking;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		linkAll();
	}

	/** Links the mentions not yet linked; returns how many it linked. */
	int linkAll() {
		if (encounters.countPeople() <= linking.linkedMentions()) {
			return 0;
		}
		int linked = 0;
		UUID after = new UUID(0, 0);
		List<PersonMention> page;
		do {
			page = encounters.mentionsAfter(after, PAGE);
			var alreadyLinked = linking.personsOfMentions(page.stream().map(PersonMention::sourceId).toList()).keySet();
			for (PersonMention mention : page) {
				if (!alreadyLinked.contains(mention.sourceId())) {
					linking.linkEarlierMention(mention);
					linked++;
				}
				after = mention.sourceId();
			}
		}
		while (page.size() == PAGE);
		log.info("Linked {} people in earlier encounters to the person index", linked);
		return linked;
	}
}
