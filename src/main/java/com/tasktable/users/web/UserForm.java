package com.tasktable.users.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.tasktable.users.Role;
import com.tasktable.users.UserChanges;
import com.tasktable.users.UserDetail;

/**
 * One form to create and edit an account. The username and the temporary password are
 * read only when creating; the lock version only when editing.
 */
public class UserForm {

	private String username;

	private String password;

	private String displayName;

	private String phone;

	private String email;

	private String position;

	private boolean informationOfficer;

	private String unitCode;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	static UserForm from(UserDetail user) {
		var form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.phone = user.phone();
		form.email = user.email();
		form.position = user.position();
		form.informationOfficer = user.informationOfficer();
		form.unitCode = user.unit().code();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.version = user.version();
		return form;
	}

	UserChanges toChanges() {
		return new UserChanges(this.displayName, this.phone, this.email, this.position, this.informationOfficer,
				this.unitCode, this.roles);
	}

	/** What an edit conflict compares, by field. */
	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", Objects.toString(this.displayName, ""));
		fields.put("phone", Objects.toString(this.phone, ""));
		fields.put("email", Objects.toString(this.email, ""));
		fields.put("position", Objects.toString(this.position, ""));
		fields.put("informationOfficer", String.valueOf(this.informationOfficer));
		fields.put("unitCode", Objects.toString(this.unitCode, ""));
		fields.put("roles", new TreeSet<>((this.roles != null) ? this.roles : Set.of()).toString());
		return fields;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public boolean isInformationOfficer() {
		return this.informationOfficer;
	}

	public void setInformationOfficer(boolean informationOfficer) {
		this.informationOfficer = informationOfficer;
	}

	public String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
