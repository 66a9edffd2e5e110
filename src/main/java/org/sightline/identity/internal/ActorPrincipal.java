package org.sightline.identity.internal;

import org.sightline.shared.Actor;

/**
 * A signed-in principal that knows its {@link Actor}: a local account ({@link SignedInUser}) or a
 * person the identity provider vouched for ({@link SingleSignOnUser}). Code that needs the person
 * signed in asks {@link CurrentActor}, never the principal's type.
 */
public interface ActorPrincipal {

	Actor actor();
}
