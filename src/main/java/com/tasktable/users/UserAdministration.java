package com.tasktable.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditChanges;
import com.tasktable.audit.AuditLog;
import com.tasktable.platform.FieldRules;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts managed by administrators, inside their unit scope: create, edit, disable
 * (sessions end), enable, unlock, and reset the password to a temporary one that must be
 * changed at the next sign-in. Every change names the lock version the administrator saw
 * and is audited with before and after values.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UserAdministration {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final UserAccountRepository accounts;

	private final Units units;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ApiTokenRepository tokens;

	private final Clock clock;

	private final FieldRules fieldRules;

	UserAdministration(UserAccountRepository accounts, Units units, PasswordEncoder encoder, PasswordPolicy policy,
			AuditLog audit, ApplicationEventPublisher events, ApiTokenRepository tokens, Clock clock,
			FieldRules fieldRules) {
		this.tokens = tokens;
		this.fieldRules = fieldRules;
		this.clock = clock;
		this.accounts = accounts;
		this.units = units;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
	}

	/** Every account of a unit inside the scope, in the order of the unit tree. */
	public List<UserDetail> list(UnitScope scope) {
		var inScope = this.units.within(scope);
		Map<Long, Integer> order = new HashMap<>();
		inScope.forEach(u -> order.put(u.id(), order.size()));
		var byId = inScope.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		return this.accounts.findByUnitIdInOrderByUsername(byId.keySet())
			.stream()
			.sorted((a, b) -> Integer.compare(order.get(a.getUnitId()), order.get(b.getUnitId())))
			.map(a -> detail(a, byId.get(a.getUnitId())))
			.toList();
	}

	/** The information officers of the units inside the scope (document 003). */
	public List<UserDetail> informationOfficers(UnitScope scope) {
		return list(scope).stream().filter(UserDetail::informationOfficer).filter(UserDetail::enabled).toList();
	}

	public UserDetail get(UnitScope scope, Long id) {
		var account = load(scope, id);
		return detail(account, this.units.byId(account.getUnitId()));
	}

	/** A new account with a temporary password, to be changed at the first sign-in. */
	@Transactional
	public UserDetail create(UnitScope scope, String actor, String username, String password, UserChanges changes) {
		var name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		List<Violation> violations = new ArrayList<>();
		if (!USERNAME.matcher(name).matches()) {
			violations.add(Violation.of("username", "admin.user.error.username"));
		}
		else if (this.accounts.existsByUsername(name)) {
			violations.add(Violation.of("username", "admin.user.error.taken"));
		}
		violations.addAll(this.policy.check("password", name, password));
		var unit = checkChanges(scope, changes, violations);
		RejectedException.throwIfAny(violations);
		var account = new UserAccount(name, changes.displayName().trim(), this.encoder.encode(password), unit.id(),
				changes.roles(), this.clock.instant());
		account.update(changes.displayName().trim(), blank(changes.phone()), blank(changes.email()),
				blank(changes.position()), changes.informationOfficer(), unit.id(), changes.roles());
		account.resetPassword(account.getPasswordHash());
		var saved = this.accounts.save(account);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", name);
		details.put("after", saved.auditFields());
		this.audit.record(actor, unit.id(), "USER_CREATED", "user", saved.getId(), details);
		return detail(saved, unit);
	}

	@Transactional
	public void update(UnitScope scope, String actor, Long id, long expectedVersion, UserChanges changes) {
		var account = load(scope, id);
		checkVersion(account, expectedVersion);
		List<Violation> violations = new ArrayList<>();
		var unit = checkChanges(scope, changes, violations);
		if (account.getUsername().equals(actor) && !changes.roles().contains(Role.ADMIN)) {
			violations.add(Violation.of("roles", "admin.user.error.selfRole"));
		}
		RejectedException.throwIfAny(violations);
		var before = account.auditFields();
		var rolesBefore = EnumSet.copyOf(roles(account));
		var unitBefore = account.getUnitId();
		account.update(changes.displayName().trim(), blank(changes.phone()), blank(changes.email()),
				blank(changes.position()), changes.informationOfficer(), unit.id(), changes.roles());
		recordChange(actor, account, "USER_UPDATED", before);
		if (!rolesBefore.equals(roles(account)) || !unitBefore.equals(account.getUnitId())) {
			this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.ACCESS_CHANGED));
		}
	}

	/**
	 * Disables or enables an account; disabling ends every session of the person at once.
	 * An administrator cannot disable their own account.
	 */
	@Transactional
	public void setEnabled(UnitScope scope, String actor, Long id, long expectedVersion, boolean enabled) {
		var account = load(scope, id);
		checkVersion(account, expectedVersion);
		if (!enabled && account.getUsername().equals(actor)) {
			throw RejectedException.because("admin.user.error.self");
		}
		var before = account.auditFields();
		account.setEnabled(enabled);
		recordChange(actor, account, enabled ? "USER_ENABLED" : "USER_DISABLED", before);
		if (!enabled) {
			this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.DISABLED));
		}
	}

	/** Lifts a lock and forgets the failed sign-ins that throttle the account. */
	@Transactional
	public void unlock(UnitScope scope, String actor, Long id) {
		var account = load(scope, id);
		var before = account.auditFields();
		account.unlock();
		recordChange(actor, account, "USER_UNLOCKED", before);
		this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.UNLOCKED));
	}

	/**
	 * Sets a temporary password the person must change at the next sign-in; their
	 * sessions end.
	 */
	@Transactional
	public void resetPassword(UnitScope scope, String actor, Long id, long expectedVersion, String temporary) {
		var account = load(scope, id);
		checkVersion(account, expectedVersion);
		RejectedException.throwIfAny(this.policy.check("password", account.getUsername(), temporary));
		account.resetPassword(this.encoder.encode(temporary));
		// a reset usually means the password is not safe any more: neither are the tokens
		// made with it (disabling already refuses them)
		var now = this.clock.instant();
		int revoked = 0;
		for (var token : this.tokens.findByUserIdOrderByCreatedAtDesc(account.getId())) {
			if (token.isUsableAt(now)) {
				token.revoke(now);
				revoked++;
			}
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", account.getUsername());
		details.put("mustChangePassword", "true");
		details.put("tokensRevoked", String.valueOf(revoked));
		this.audit.record(actor, account.getUnitId(), "USER_PASSWORD_RESET", "user", account.getId(), details);
		this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.PASSWORD_RESET));
	}

	private void recordChange(String actor, UserAccount account, String action, Map<String, String> before) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", account.getUsername());
		details.putAll(AuditChanges.between(before, account.auditFields()));
		this.audit.record(actor, account.getUnitId(), action, "user", account.getId(), details);
	}

	private UnitView checkChanges(UnitScope scope, UserChanges changes, List<Violation> violations) {
		violations.addAll(this.fieldRules.check(changes));
		var unit = this.units.within(scope)
			.stream()
			.filter(u -> u.code().equals(changes.unitCode()))
			.findFirst()
			.orElse(null);
		if (unit == null) {
			violations.add(Violation.of("unitCode", "admin.error.required"));
		}
		return unit;
	}

	private UserAccount load(UnitScope scope, Long id) {
		var account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("User not found: " + id));
		if (!scope.covers(this.units.byId(account.getUnitId()))) {
			throw new NotFoundException("User not found: " + id);
		}
		return account;
	}

	private static void checkVersion(UserAccount account, long expected) {
		if (account.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static UserDetail detail(UserAccount a, UnitView unit) {
		return new UserDetail(a.getId(), a.getUsername(), a.getDisplayName(), a.getPhone(), a.getEmail(),
				a.getPosition(), a.isInformationOfficer(), unit, EnumSet.copyOf(roles(a)), a.isEnabled(), a.isLocked(),
				a.isMustChangePassword(), a.getVersion());
	}

	private static Set<Role> roles(UserAccount a) {
		return a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : a.getRoles();
	}

}
