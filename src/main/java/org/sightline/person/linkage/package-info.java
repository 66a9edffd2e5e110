/**
 * Person linkage: finds records that describe the same person, within one set of records
 * (deduplication) or between two (linkage), with a Fellegi–Sunter model whose m and u
 * probabilities are learnt from the records themselves by expectation–maximisation.
 * Plain Java (no Spring beans, no database): it owns no data and publishes no events. The
 * {@link org.sightline.person.linkage.Linker} facade, {@link org.sightline.person.linkage.SearchModel}
 * (the model as the person index's search ranks candidates with it) and the record types are its API;
 * {@link org.sightline.person.linkage.LinkageCli} runs it in batch over CSV files. Exposed as the
 * {@code person} module's named interface {@code linkage}, so that the application's entry point
 * may start the batch commands.
 */
@NamedInterface("linkage")
package org.sightline.person.linkage;

import org.springframework.modulith.NamedInterface;
