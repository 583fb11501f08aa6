package com.tasktable.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a session's account is read again ({@link AccountCheckFilter}).
 *
 * @param interval at most this long between two checks of one session: a change made
 * behind the application's back (in the database, say) reaches every session within it
 */
@ConfigurationProperties("app.account-check")
record AccountCheckProperties(@DefaultValue("1m") Duration interval) {

}
