package com.tasktable.security;

import com.tasktable.users.Users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountDetailsService implements UserDetailsService {

	private final Users users;

	AccountDetailsService(Users users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.users.findForLogin(username)
			.map(AuthenticatedUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
