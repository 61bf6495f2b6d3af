package org.servicechain.notify;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How one person wants to hear of one kind of event. Without a row, the event's default
 * applies (in the application).
 */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

	@Id
	@Column(nullable = false, length = 100)
	private String username;

	@Id
	@Column(nullable = false, length = 40)
	private String event;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Channel channel;

	protected NotificationPreference() {
		this.username = "";
		this.event = "";
		this.channel = Channel.IN_APP;
	}

	NotificationPreference(String username, NotifyEvent event, Channel channel) {
		this.username = username;
		this.event = event.key();
		this.channel = channel;
	}

	String getEvent() {
		return this.event;
	}

	Channel getChannel() {
		return this.channel;
	}

	void choose(Channel channel) {
		this.channel = channel;
	}

	static class Key implements Serializable {

		private String username = "";

		private String event = "";

		Key() {
		}

		Key(String username, String event) {
			this.username = username;
			this.event = event;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.username.equals(this.username) && key.event.equals(this.event);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.username, this.event);
		}

	}

}
