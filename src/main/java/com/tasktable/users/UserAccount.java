package com.tasktable.users;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	private String phone;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "unit_id")
	private Long unitId;

	private boolean enabled = true;

	private boolean locked;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "information_officer")
	private boolean informationOfficer;

	private String position;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Long unitId, Set<Role> roles,
			Instant createdAt) {
		this.createdAt = createdAt;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.unitId = unitId;
		this.roles = EnumSet.copyOf(roles);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Long getUnitId() {
		return this.unitId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isLocked() {
		return this.locked;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	void setPhone(String phone) {
		this.phone = phone;
	}

	String getPhone() {
		return this.phone;
	}

	String getEmail() {
		return this.email;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	boolean isInformationOfficer() {
		return this.informationOfficer;
	}

	String getPosition() {
		return this.position;
	}

	long getVersion() {
		return this.version;
	}

	/** What an administrator edits: name, contacts, unit, roles, the officer flag. */
	void update(String displayName, String phone, String email, String position, boolean informationOfficer,
			Long unitId, Set<Role> roles) {
		this.displayName = displayName;
		this.phone = phone;
		this.email = email;
		this.position = position;
		this.informationOfficer = informationOfficer;
		this.unitId = unitId;
		this.roles.clear();
		this.roles.addAll(roles);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void unlock() {
		this.locked = false;
	}

	/** A temporary password set by an administrator: the person must change it. */
	void resetPassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
	}

	/** A password the person chose. */
	void changePassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
	}

	/** The fields an administrator sees change in the audit log, as text. */
	Map<String, String> auditFields() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("displayName", this.displayName);
		fields.put("phone", Objects.toString(this.phone, ""));
		fields.put("email", Objects.toString(this.email, ""));
		fields.put("position", Objects.toString(this.position, ""));
		fields.put("informationOfficer", String.valueOf(this.informationOfficer));
		fields.put("unitId", String.valueOf(this.unitId));
		fields.put("roles", new TreeSet<>(this.roles.stream().map(Enum::name).toList()).toString());
		fields.put("enabled", String.valueOf(this.enabled));
		fields.put("locked", String.valueOf(this.locked));
		return fields;
	}

}
