package org.servicechain.requests;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.servicechain.identity.IdentityManagement;
import org.servicechain.identity.Role;
import org.servicechain.identity.StaffMember;
import org.servicechain.identity.SystemActor;
import org.servicechain.identity.UserView;
import org.servicechain.requests.RequestAccessPolicy.Caller;
import org.servicechain.shared.InvalidInputException;

/**
 * Who may have taken each step of an imported request, by the same rules as the live
 * commands: staff who work the request reply, note, assign and move it; a customer of the
 * requester's party replies, escalates, confirms or reopens; a user of the task's party
 * (or an administrator or manager recording it for them) works a task. A step without a
 * person is recorded as the importer's.
 */
@Component
class ImportActors {

	private final People people;

	private final IdentityManagement identity;

	private final Assignment assignment;

	ImportActors(People people, IdentityManagement identity, Assignment assignment) {
		this.people = people;
		this.identity = identity;
		this.assignment = assignment;
	}

	/**
	 * @return the people steps may name, read once per import.
	 */
	Directory directory() {
		return new Directory(this.people.directory());
	}

	/**
	 * A person a step is recorded under.
	 *
	 * @param username the login name kept in the history
	 * @param displayName the name shown on a message; {@literal null} to show the party's
	 * @param named whether the step named its person (else it is the importer's)
	 * @param customer whether the person is a customer user
	 */
	record Actor(String username, @Nullable String displayName, boolean named, boolean customer) {

	}

	/**
	 * Gives the request to a member of staff who may hold it, or to nobody.
	 */
	void checkAssignee(@Nullable String username, ServiceRequest request, Directory directory) {
		if (username == null) {
			return;
		}
		StaffMember member = directory.staff.member(username);
		if (member == null || !member.enabled()) {
			throw new InvalidInputException("assignee", "exists",
					"there is no active member of staff '" + username + "'");
		}
		if (!this.assignment.mayHold(username, request.getProviderId(), directory.staff)) {
			throw new InvalidInputException("assignee", "team", member.displayName()
					+ " is a member of another team and cannot hold work of " + request.reference());
		}
	}

	final class Directory {

		private final People.Directory staff;

		private @Nullable Map<String, UserView> users;

		Directory(People.Directory staff) {
			this.staff = staff;
		}

		/**
		 * @return the person a step names, or the importer.
		 */
		Actor actor(@Nullable String by, Caller caller) {
			if (by == null || by.isBlank()) {
				return importer(caller);
			}
			UserView user = user(by, "by");
			return new Actor(user.username(), user.displayName(), true, user.role() == Role.CUSTOMER);
		}

		/**
		 * @return the login name a request is raised under: a customer of the requester's
		 * party or staff; the importer when none is named.
		 */
		String raiser(@Nullable String raisedBy, UUID requesterId, Caller caller) {
			if (raisedBy == null || raisedBy.isBlank()) {
				return caller.username();
			}
			UserView user = user(raisedBy, "raisedBy");
			if (user.role() == Role.PARTNER) {
				throw new InvalidInputException("raisedBy", "role",
						user.displayName() + " is a partner user; partners work tasks, they do not raise requests");
			}
			if (user.role() == Role.CUSTOMER && !requesterId.equals(user.partyId())) {
				throw new InvalidInputException("raisedBy", "party",
						user.displayName() + " is a customer of another party and cannot raise its requests");
			}
			return user.username();
		}

		/**
		 * Staff who work the request: anyone of the front line, or a member of the team
		 * that delivers it.
		 */
		Actor staff(@Nullable String by, ServiceRequest request, Caller caller) {
			Actor actor = actor(by, caller);
			if (!actor.named()) {
				return actor;
			}
			// Past steps may name people who have left since, so a disabled account
			// counts.
			StaffMember member = this.staff.member(actor.username());
			if (member == null
					|| (member.role() == Role.TEAM_MEMBER && !request.getProviderId().equals(member.partyId()))) {
				throw new InvalidInputException("by", "works-request", actor.displayName() + " does not work "
						+ request.reference() + "; staff of the front line or of the team that delivers it do");
			}
			return actor;
		}

		/**
		 * A customer user of the requester's party; without one, the customer side is
		 * recorded as the importer's and shown under the party's name.
		 */
		Actor customer(@Nullable String by, ServiceRequest request, Caller caller) {
			if (by == null || by.isBlank()) {
				return new Actor(caller.username(), null, false, true);
			}
			UserView user = user(by, "by");
			if (user.role() != Role.CUSTOMER || !request.getRequesterId().equals(user.partyId())) {
				throw new InvalidInputException("by", "customer",
						user.displayName() + " is not a customer user of the requester's party");
			}
			return new Actor(user.username(), user.displayName(), true, true);
		}

		/**
		 * A user of the party the task was handed to, or an administrator or manager
		 * recording the party's step for them; without one, the step is the party's,
		 * recorded by the importer.
		 */
		Actor party(@Nullable String by, ChainTask task, Caller caller) {
			if (by == null || by.isBlank()) {
				return new Actor(caller.username(), null, false, false);
			}
			UserView user = user(by, "by");
			boolean ofParty = task.getProviderId().equals(user.partyId())
					&& (user.role() == Role.PARTNER || user.role() == Role.TEAM_MEMBER);
			if (!ofParty && user.role() != Role.ADMIN && user.role() != Role.MANAGER) {
				throw new InvalidInputException("by", "of-party",
						user.displayName() + " is not of the party task " + task.reference() + " was handed to");
			}
			return new Actor(user.username(), user.displayName(), true, false);
		}

		private Actor importer(Caller caller) {
			return new Actor(caller.username(), caller.user().displayName(), false, false);
		}

		private UserView user(String username, String field) {
			if (this.users == null) {
				Map<String, UserView> byName = new HashMap<>();
				SystemActor.call(ImportActors.this.identity::users)
					.forEach((user) -> byName.put(user.username().toLowerCase(Locale.ROOT), user));
				this.users = byName;
			}
			UserView user = this.users.get(username.strip().toLowerCase(Locale.ROOT));
			if (user == null) {
				throw new InvalidInputException(field, "exists", "there is no user '" + username + "'");
			}
			return user;
		}

	}

}
