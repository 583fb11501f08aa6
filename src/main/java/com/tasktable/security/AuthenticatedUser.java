package com.tasktable.security;

import java.util.Collection;
import java.util.List;

import com.tasktable.users.CurrentUser;
import com.tasktable.users.LoginAccount;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: the user as the application sees them, plus what
 * Spring Security needs.
 */
final class AuthenticatedUser implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	AuthenticatedUser(LoginAccount account) {
		this(account.user(), account.passwordHash(), account.enabled(), account.locked(), account.mustChangePassword());
	}

	AuthenticatedUser(CurrentUser user, String passwordHash, boolean enabled, boolean locked,
			boolean mustChangePassword) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	/** Signed in with a temporary password: every page leads to the password change. */
	boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/**
	 * The same person whatever the session: the session registry finds a person's
	 * sessions by their name.
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof AuthenticatedUser that && this.user.username().equals(that.user.username());
	}

	@Override
	public int hashCode() {
		return this.user.username().hashCode();
	}

	CurrentUser currentUser() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.user.roles()
			.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
