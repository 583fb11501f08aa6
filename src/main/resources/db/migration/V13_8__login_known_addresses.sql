-- Where each account last signed in successfully from (issue 13): a paused address (many failures over any accounts,
-- such as an office behind one NAT or proxy address) still lets in the accounts that signed in from it before, so one
-- person's or one attacker's failures do not lock the whole office out. security.LoginThrottle keeps it.
create table login_known_address (
    username     varchar(200) not null,
    address      varchar(64)  not null,
    last_success timestamptz  not null,
    primary key (username, address)
);

create index login_known_address_last_success on login_known_address (last_success);
