-- The order SMS to the customer when a beautician is assigned (issue 15): it names the service
-- address, so a wrong address is seen before the visit and can be corrected (DSR-1); the SMS
-- partner's scope holds params.serviceAddress for it (partner V7_74), so a correction reaches it.
insert into notification_template (id, category, channel, purpose, params, title_zh, body_zh, description)
values ('order-confirmed', 'SERVICE', 'SMS', 'communication.order-sms', 'orderNumber,serviceAddress', '订单已派单',
        '【美十每客】您的上门服务订单{orderNumber}已派单，美容师将按约前往：{serviceAddress}。如地址有误，请在应用中申请更正。',
        'The customer''s own order was assigned (Part 1 d, order SMS): names the service address, which the person may correct (DSR-1); not sent for an order placed for another person.');
