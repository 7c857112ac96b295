package org.roadmap.platform.storage;

import org.bson.Document;
import org.springframework.data.mapping.PropertyHandler;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An update that makes a stored document hold exactly an entity's mapped fields: each field it has
 * is set, and each mapped field that is {@code null} in it is removed. The converter leaves
 * {@code null} fields out, so {@code $set} alone would keep their old values (a removed deadline or
 * e-mail address would stay stored). Fields the entity does not map (an outbox's pending events)
 * are left alone, which a whole-document replace would not do.
 */
public final class ReplacingUpdate {

    private ReplacingUpdate() {
    }

    public static Update of(MongoConverter converter, Object entity) {
        Document document = new Document();
        converter.write(entity, document);
        document.remove("_id");
        document.remove("_class");
        Update update = new Update();
        document.forEach(update::set);
        converter.getMappingContext().getRequiredPersistentEntity(entity.getClass())
                .doWithProperties((PropertyHandler<MongoPersistentProperty>) property -> {
                    if (!property.isIdProperty() && !document.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        return update;
    }
}
