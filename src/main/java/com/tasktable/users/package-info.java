/**
 * People who use the application: accounts, roles, unit scope and personal access tokens
 * for the JSON API. Passwords and tokens are stored only as hashes.
 */
package com.tasktable.users;
