export { NoticeDeliveryRow, deliveryStatuses, type DeliveryStatus } from './notice-delivery.entity';
export { NoticePreferenceRow, noticeModes, type NoticeMode } from './notice-preference.entity';
export { NoticeWatchRow } from './notice-watch.entity';
export { WebhookEndpointRow } from './webhook-endpoint.entity';
export { outboxProjection, deliveryIdOf, WEBHOOK_TRIGGERS } from './outbox.projection';
export { NoticeDeliveries, type DeliveryPage } from './notice-deliveries';
export { noticeSubjectOf, type NoticeSubjectView } from './notice-subject';
export { acknowledgementGaps, type AcknowledgementGap } from './acknowledgement-gaps';
