package com.tasktable.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.Units;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: lookup for sign-in, creation for start-up tasks, a person's own password
 * change. Administrators manage accounts through {@link UserAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Users {

	private final UserAccountRepository accounts;

	private final Units units;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Users(UserAccountRepository accounts, Units units, PasswordEncoder passwordEncoder, AuditLog audit,
			PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.policy = policy;
		this.accounts = accounts;
		this.units = units;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	public Optional<LoginAccount> findForLogin(String username) {
		return this.accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map(a -> new LoginAccount(toCurrentUser(a), a.getPasswordHash(), a.isEnabled(), a.isLocked(),
					a.isMustChangePassword()));
	}

	public Optional<CurrentUser> findById(Long id) {
		return this.accounts.findById(id).filter(a -> a.isEnabled() && !a.isLocked()).map(this::toCurrentUser);
	}

	/** Whether the account still has a temporary password that must be changed. */
	public boolean mustChangePassword(Long id) {
		return this.accounts.findById(id).map(UserAccount::isMustChangePassword).orElse(false);
	}

	/**
	 * The person changes their own password: the current one must match, the new one
	 * follow {@link PasswordPolicy} and differ from the current one.
	 */
	@Transactional
	public void changePassword(CurrentUser user, String current, String next) {
		var account = this.accounts.findById(user.id()).orElseThrow();
		List<Violation> violations = new ArrayList<>();
		if (current == null || !this.passwordEncoder.matches(current, account.getPasswordHash())) {
			violations.add(Violation.of("currentPassword", "password.wrongCurrent"));
		}
		violations.addAll(this.policy.check("newPassword", account.getUsername(), next));
		if (violations.isEmpty() && next.equals(current)) {
			violations.add(Violation.of("newPassword", "password.unchanged"));
		}
		RejectedException.throwIfAny(violations);
		account.changePassword(this.passwordEncoder.encode(next));
		this.audit.record(user.username(), account.getUnitId(), "PASSWORD_CHANGED", "user", account.getId(),
				Map.of("username", account.getUsername()));
		this.events.publishEvent(new AccountChanged(account.getUsername(), AccountChanged.Change.PASSWORD_CHANGED));
	}

	public boolean exists(String username) {
		return this.accounts.existsByUsername(username.trim().toLowerCase(Locale.ROOT));
	}

	public long count() {
		return this.accounts.count();
	}

	/** Creates an account; the password is hashed here and never kept in clear. */
	@Transactional
	public CurrentUser create(NewUser user, String actor) {
		var unit = this.units.byCode(user.unitCode());
		var account = new UserAccount(user.username(), user.displayName(), this.passwordEncoder.encode(user.password()),
				unit.id(), user.roles(), this.clock.instant());
		account.setPhone(user.phone());
		var saved = this.accounts.save(account);
		this.audit.record(actor, unit.id(), "USER_CREATED", "user", saved.getId(),
				Map.of("username", user.username(), "roles", user.roles().toString()));
		return toCurrentUser(saved);
	}

	private CurrentUser toCurrentUser(UserAccount account) {
		return new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
				this.units.byId(account.getUnitId()), account.getRoles());
	}

	/**
	 * A new account.
	 *
	 * @param username login name, lower case
	 * @param displayName name to show
	 * @param phone contact phone, may be null
	 * @param password clear password, hashed before storing
	 * @param unitCode the unit the person belongs to
	 * @param roles what they may do
	 */
	public record NewUser(String username, String displayName, String phone, String password, String unitCode,
			Set<Role> roles) {

		@Override
		public String toString() {
			return "NewUser[" + this.username + "]";
		}

	}

}
