package com.tasktable.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: random, shown once, stored as SHA-256, revocable, with an
 * expiry. A token check is one indexed lookup, unlike BCrypt on every Basic request, so
 * machine clients can poll the API.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "tt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, Users users, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates a token and returns it in clear: the only time it is ever visible. */
	public String create(CurrentUser owner, String name, Duration validity) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var now = Instant.now(this.clock);
		var token = this.tokens
			.save(new ApiToken(owner.id(), name, sha256(raw), raw.substring(0, 8), now, now.plus(validity)));
		this.audit.record(owner.username(), owner.unit().id(), "TOKEN_CREATED", "api_token", token.getId(),
				Map.of("name", name, "expiresAt", now.plus(validity).toString()));
		return raw;
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(CurrentUser owner) {
		var now = Instant.now(this.clock);
		return this.tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream().map(t -> t.toView(now)).toList();
	}

	/** Revokes one of the owner's tokens; someone else's token is "not found". */
	public void revoke(CurrentUser owner, Long tokenId) {
		var token = this.tokens.findByIdAndUserId(tokenId, owner.id())
			.orElseThrow(() -> new NotFoundException("Token not found: " + tokenId));
		token.revoke(Instant.now(this.clock));
		this.audit.record(owner.username(), owner.unit().id(), "TOKEN_REVOKED", "api_token", tokenId, Map.of());
	}

	/**
	 * The user a presented token belongs to, if it is known, unexpired, unrevoked and its
	 * owner enabled.
	 */
	public Optional<CurrentUser> authenticate(String raw) {
		if (raw == null || !raw.startsWith(PREFIX) || raw.length() > 100) {
			return Optional.empty();
		}
		var now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(sha256(raw)).filter(t -> t.isUsableAt(now)).flatMap(t -> {
			t.markUsed(now);
			return this.users.findById(t.getUserId());
		});
	}

	static String sha256(String raw) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
