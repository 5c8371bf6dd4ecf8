-- The order SMS to the customer names the service address (notification V7_74, template
-- order-confirmed), so the SMS partner receives it for the order-SMS purpose. Being in the scope is
-- also what makes a corrected address reach the partner as a correction.notice (DSR-2, issue 15).
update partner_scope
   set fields = 'params.orderNumber,params.serviceAddress,params.time,phone,template'
 where partner_id = 'sms' and purpose_code = 'communication.order-sms';
