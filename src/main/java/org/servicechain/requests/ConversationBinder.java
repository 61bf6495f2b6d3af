package org.servicechain.requests;

import java.util.Collection;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

import org.servicechain.search.TextMatch;

/**
 * Indexes a request's conversation on the request's own document, in two full-text
 * fields: {@value #PUBLIC} (public replies, which the customer reads) and {@value #NOTES}
 * (internal notes and task messages, for those who may read them). One query then finds a
 * request by its summary, description or conversation, with highlights, and a customer's
 * query simply leaves {@value #NOTES} out. Hibernate Search reindexes the request when
 * one of its messages is written or redacted.
 */
public class ConversationBinder implements PropertyBinder {

	/**
	 * The public replies.
	 */
	static final String PUBLIC = "conversation";

	/**
	 * Internal notes and task messages.
	 */
	static final String NOTES = "notes";

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().use("visibility").use("body");
		var text = context.typeFactory()
			.asString()
			.analyzer(TextMatch.ANALYZER)
			.projectable(Projectable.YES)
			.highlightable(java.util.List.of(Highlightable.ANY))
			.toIndexFieldType();
		IndexFieldReference<String> replies = context.indexSchemaElement()
			.field(PUBLIC, text)
			.multiValued()
			.toReference();
		IndexFieldReference<String> notes = context.indexSchemaElement().field(NOTES, text).multiValued().toReference();
		context.bridge(Collection.class, new Bridge(replies, notes));
	}

	@SuppressWarnings("rawtypes")
	private record Bridge(IndexFieldReference<String> replies,
			IndexFieldReference<String> notes) implements PropertyBridge<Collection> {

		@Override
		public void write(DocumentElement target, Collection messages, PropertyBridgeWriteContext context) {
			for (Object each : messages) {
				RequestMessage message = (RequestMessage) each;
				target.addValue((message.getVisibility() == Visibility.PUBLIC) ? this.replies : this.notes,
						message.getBody());
			}
		}

	}

}
