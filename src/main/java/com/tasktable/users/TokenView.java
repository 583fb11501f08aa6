package com.tasktable.users;

import java.time.Instant;

/**
 * A personal access token as its owner sees it: never the token itself.
 *
 * @param id token id
 * @param name the owner's label for it
 * @param prefix its first characters, to recognise it
 * @param createdAt when it was created
 * @param expiresAt when it stops working
 * @param lastUsedAt when it was last used, to the minute
 * @param revokedAt when it was revoked, null if not
 * @param active usable now
 */
public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, boolean active) {
}
