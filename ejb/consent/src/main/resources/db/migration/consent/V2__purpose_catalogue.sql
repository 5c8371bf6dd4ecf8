-- The first published policy version, 2026-01, with the full text of the privacy policy as
-- published (../shared/mission/privacy-policy.zh.txt of the project, 发布日期 2021-12-15, 最新生效
-- 2022-12-13), and the purpose catalogue seeded from it (DATA-1, DATA-2, CON-2): every category of
-- Part 1 a-h as detailed in Part 2 §I, and every optional device feature of Part 2 §I (十).
--
-- Necessity and sensitivity as the policy says: what the basic service cannot do without is
-- NECESSARY (Part 2 §I 1); what the person may refuse and only loses a feature by is OPTIONAL
-- (Part 2 §I 2, (十)); identity documents, biometrics, precise location, payment accounts and
-- recordings are sensitive (PIPL art. 28; requirements DATA-1) and need their own consent. Device
-- and log data are personal information only while joined with a person (DATA-2).
-- The text literal below is the policy file verbatim (no quote to double); ConsentMigrationScriptTest
-- checks its SHA-256 against the published file's. Portable SQL for H2 2.2 and PostgreSQL 15.

insert into consent_policy_version (version, ordinal, published_at, published_by, major, summary, text)
values ('2026-01', 1, timestamp with time zone '2026-01-01 00:00:00+08:00', 'system', false,
        '美十每客隐私政策（发布日期 2021年12月15日，最新生效 2022-12-13）在本系统中的首个发布版本，全文见 text。The first version of the Meike privacy policy published in this system: Part 1 lists the personal information collected (a-h) and the service-recording rules; Part 2 covers collection and use, sharing, protection, the person''s rights, children, transfers, updates, contact and third-party SDKs.',
'隐私政策



隐私政策


发布日期:2021年12月15日


    欢迎您使用我们的产品和服务!我们深知个人信息对您的重要性,您的信赖对我们非常重要,我们将严格遵守法律法规要求采取相应的安全保护措施,致力于保护您的个人信息安全可控。基于此,美十每客平台服务提供者(或简称“我们”)制定本《美十每客隐私政策》(下称“本政策”/“本隐私政策”),帮助您充分了解在您使用我们产品和服务的过程中,我们会如何收集、使用、共享、存储和保护您的个人信息以及您可以如何管理您的个人信息,以便您更好地作出适当的选择。


    在您开始使用我们的产品和服务前,请您务必先仔细阅读和理解本政策,确保您充分理解和同意之后再开始使用。本政策中涉及的专业词汇,我们尽量以简明通俗的表述向您解释,以便于您理解。如对本政策内容有任何疑问、意见或建议,您可通过美十每客APP平台提供的各种联系方式与我们联系。


    您同意隐私政策表示您已了解应用提供的功能,以及功能运行所需的必要个人信息,并给予相应的收集使用授权,但并不代表您已单独同意开启附加功能、处理非必要个人信息,相关附加功能的开启、处理非必要个人信息以及处理敏感个人信息,我们会根据您的实际使用情况单独征求您的同意。


    本政策适用于美十每客APP平台提供的所有产品和服务。如我们的产品或服务中使用美十每客APP平台或其关联公司、商户或移动美容师等提供的产品或服务,但未设独立隐私权政策的,则本政策同样适用于该部分产品或服务。


    本政策不适用于其他第三方向您提供的服务,包括但不限于:您通过美十每客APP平台提供的产品/服务可能跳转到其他网站的链接、指引等,不适用本政策;您与美十每客APP平台合作的商户(比如美十每客APP平台上注册的任何商户或移动美容师)通过美十每客APP平台与您达成交易并向您提供产品或服务时,您自行向该独立商户提供的个人信息也不适用本政策;以及其他您自行向任何第三方提供的个人信息等,均不适用本政策。


    第一部分 


    美十每客APP平台指美十每客APP。


    美十每客APP平台提供者:指河南玉凝脂生物科技有限公司。


    关联企业:指与河南玉凝脂生物科技有限公司存在直接或间接控制关系、或重大影响关系的企业。


    个人信息:指以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人身份或者反映特定自然人活动情况的各种信息,但不包括匿名化处理后的信息。


    本隐私政策涉及的个人信息和使用目的包括:


 a.基本资料(包括个人姓名、性别、住址、个人电话号码)和个人身份信息(包括身份证、军官证、护照、驾驶证),用户订单交易中的身份信息识别和订单信息通知;


 b.网络身份标识信息(包括系统账号、密码、IP地址)用于保障个人账号安全;

 c.个人财产信息:支付宝账号、微信账号、交易和消费记录、优惠券等虚拟财产信息;


 d.个人通信信息:用于平台自动下发的订单短信提醒;


 e.个人上网记录:包括本平台的浏览记录、软件使用登录记录、点击记录等,仅用于保障用户安全访问、记录,解决系统运营中的故障保障以及帮您解决使用过程中发生问题后的分析判断等;


 f.个人位置信息:为了在订单交易过程中防止欺诈及保护您的交易安全、防范人身意外情况,我们将收集您的位置信息。


 g.个人录音信息:为提升美十每客APP服务安全能力、更好地处理美十每客APP平台的上门服务移动美容师与客户纠纷,美十每客APP上线录音功能。本协议将向您说明美十每客APP平台收集使用录音信息的情况。

h.设备信息:如OAID,,IMEI、ANDROID_ID、DEVICE_ID、IMSI 、应用已安装列表、网络信息客户端版本、设备分辨率以及设备所在位置相关信息:如MAC、IP 地址、GPS位置以及能够提供相关信息的WLAN接入点。

    1. 信息的收集


    录音


    a) 您使用美十每客APP平台录音功能的服务时,美十每客App录音功能或硬件录取您后续全部服务过程中的室内环境声音信息(包括您上门服务的移动美容师及服务过程中在指定上门服务地点的第三人的交谈或肢体动作产生的声音)。受技术条件影响,美十每客APP平台各项服务在不同城市上线录音功能的时间不同,具体以美十每客APP平台显示的录音状态为准。


    b) 美十每客App平台录音自移动美容师到达您的指定上门服务地点开始时起,至服务结束后适当时间停止(具体以美十每客App显示的录音状态为准)。移动美容师自进入指定上门服务地点后至离开该地点时,将同时被采集录音信息。(具体开始到停止时间由美十每客App平台根据服务时间、场景等因素综合确定,以美十每客APP移动美容师App显示的录音状态为准)。


    1.2 录音仅在移动美容师、客户均同意的情况下开启,如您使用的美十每客App版本未及时更新,无法对录音进行授权,则录音不开启。但是,在“上门服务”场景下,移动美容师或美十每客App平台录音程序当场明确告知客户服务过程将进行录音,您未明确反对并默认服务开始的,视为您同意对录音进行授权。


    2. 信息的保存


    a)为保障移动美容师与客户的隐私,录音将加密保存,移动美容师或您无法自行下载、调取或播放录音。


    b)录音保存在美十每客APP服务器中,保存期限为7日。如遇差评、投诉、尚未处理完毕的纠纷等,平台将适当延长录音保存期限。


    3. 录音信息将用于以下明确列明的使用场景 。


    a) 在征得您同意的情况下,作为平台处理用户纠纷的依据。


    b)为维护用户人身财产安全等重大合法利益,情况紧急又很难得到用户同意的。


    c) 用于抽查检测用户是否存在违反平台用户规则的行为。


    d) 用于系统分析,设计、开发、应用保护用户安全的辅助工具或产品。


    4. 美十每客App平台将严格保护用户个人信息安全,除以下情况外,我们不会向其他人共享您的录音信息:


    a)相关机关依据法定程序调取;


    b)用户持法律文件依法调取;


    c)另行征得用户的同意。 


    5. 使用录音数据的内部批准程序:


    a)在使用录音信息前,需通过OA或邮件提起申请,申请内容中明确要求需要使用录音的订单号。在申请得到批复前,不可听取或使用录音信息;申请批复后,可听取或使用申请中指定订单的录音信息。


    b)使用录音申请,需部门主管及公司安全部门主管审批通过后,方可生效。


    6. 录音设备、移动美容师及用户使用的手机等故障、网络状态不稳定、App版本过旧以及不可抗力等因素均可能导致录音失败,您对此表示理解,如遇此类问题,美十每客App平台不需承担责任。


个人信息删除:指在实现日常业务功能所涉及的系统中去除个人信息的行为,使其保持不可被检索、访问的状态。


    儿童:指不满十四周岁的未成年人。


    除另有约定外,本政策所用定义与《美十每客平台服务协议》中的定义具有相同的含义。


    第二部分 隐私权政策


    本隐私权政策部分将帮助您了解以下内容:


    一、 如何收集和使用您的信息


    在您使用我们的产品及/或服务时,我们需要/可能需要收集和使用的您的个人信息包括:


    1、为实现向您提供我们产品及/或服务的基本功能,您须授权我们收集、使用的必要的信息。我们将在您登录或注册我们时以弹窗、页面提示等方式提示您关于收集和使用您的必要信息的请求,如您自主选择拒绝提供相应信息,您将无法正常使用我们的产品及/或服务;


    2、您可选择授权我们收集、使用的信息。如您拒绝提供,您将无法正常使用相关功能或无法达到相关功能的效果。


       您理解并同意,由于我们会不时推出新的或优化后的功能,可能需要收集、使用您新的个人信息或变更个人信息使用目的或方式。对此,我们将通过更新本政策、弹窗、页面提示等方式向您说明对应信息的收集目的、范围及使用方式,并为您提供自主选择同意的方式,且在征得您明示同意后收集、使用。在此过程中,如果您有任何疑问、意见或建议的,您可通过美十客APP提供的各种联系方式与我们联系,我们会尽快为您作出解答。



    平台注册信息:


    首先您需要注册一个账户并成为美十每客App平台的用户。您可以通过以下方式注册账号:


   您需要提供您的手机号码,我们通过发送短信验证码或通讯运营商认证本机号码的方式来验证您的身份是否有效,如果您拒绝提供手机号码,美十每客App平台将无法为您创建账号并提供服务。如您仅使用浏览、探索服务,您不需要注册美十每客APP账号及提供前述信息。

 

    为了向您提供周边生活服务信息的展示和搜索服务,经您授权我们会收集您在使用我们的产品与/或服务过程中产生的相关信息,包括:


    位置信息:您可以自主选择是否授权美十每客App平台开启移动设备的定位功能,如您同意授权开启定位功能,美十每客App平台会收集和使用您的位置信息以便为您查找周边的生活服务,以便您无需手动输入所在地理位置就可获得您所在地区的服务。我们会使用有关技术获取您的位置信息(准确度会有所不同),这些技术包括IP地址、GPS以及能够提供相关信息的WLAN(如Wi-Fi)接入点、蓝牙和基站等。您可以在移动设备的系统中关闭定位服务停止我们对您所在位置信息的收集,但可能因此无法使用我们基于地理位置为您提供的服务,或者无法达到相关服务的预期效果。


    日志信息:当您使用我们的网站或客户端提供的产品或服务时,我们可能会自动收集您对我们服务的详细使用情况,作为有关网络日志保存。例如您的登录账号、搜索查询内容、IP地址、浏览器的类型、电信运营商、网络环境、使用的语言、访问日期和时间及您访问的网页浏览记录、Push打开记录、停留时长、刷新记录、发布记录、关注、订阅、收藏及分享。


    设备信息:我们可能会根据您在软件安装及使用中授予的具体权限,接收并记录您所使用的设备相关信息(例如设备信息 OAID,,IMEI、ANDROID_ID、DEVICE_ID、IMSI 、应用已安装列表、网络信息客户端版本、设备分辨率)、设备所在位置相关信息(例如MAC、IP 地址、GPS位置以及能够提供相关信息的WLAN接入点)。为了收集上述基本的个人设备信息,我们将会申请访问您的设备信息的权限,我们收集这些信息是为了向您提供我们基本服务和基础功能,如您拒绝提供上述权限将可能导致您无法使用服务。 


    请注意,单独的设备信息、日志信息是无法识别特定自然人身份的信息。如果我们将这类非个人信息与其他信息结合用于识别特定自然人身份,或者将其与个人信息结合使用,则在结合使用期间,这类非个人信息将被视为个人信息,除取得您授权或法律法规另有规定外,我们会将该类个人信息做匿名化、去标识化处理。这些信息在结合使用期间,将作为您的个人信息按照本政策处理与保护。


     我们会为实现下述的各项功能,收集和使用您的个人信息:


    (一) 提供用户客户服务


    我们通过美十每客App平台账户为您提供用户服务,您需要提供手机号码或微信号、拟使用的用户名和密码等信息用于创建美十每客App平台账户。如果您仅需使用浏览、搜索服务,您不需要注册成为我们的用户及提供上述信息。


    对于需要通过美十每客App平台账户才能使用的服务,我们可能会根据您提供的上述信息校验您的用户身份,确保我们是在为您本人提供服务。若存在依法需确定或核查您个人身份、信用信息等情形(例如市场监管、公安、税务等司法机构依法要求美十每客App平台提供您的相关个人信息)时,您授权我们可直接提供您的个人信息用于上述目的。


  实名认证:您可以根据认证要求提供相应的身份信息(身份证、护照、户口本及其他身份证件信息)、生物识别特征(静态或动态的面部特征)以完成实人认证。若您要使用账户增强保护功能,除可选择完成上述实人认证外,您还可以选择开启声纹密保或者扫脸登录,提供声纹或者面部特征信息。


    授权登录:我们可能经您同意后向第三方共享您的账户信息(头像、昵称及其他页面提示的信息),使您可以便捷地实现第三方账户的注册或登录。此外,我们可能会根据您的授权从第三方处获取您的第三方账户信息,并与您的美十每客App平台账户进行绑定,使您可通过第三方账户直接登录、使用我们的产品及/或服务。我们将在您授权同意的范围内使用您的相关信息。


    其他用户角色服务:如果您申请注册成为商户、移动美容师或其他存在额外身份认证要求的用户角色,您需主动向我们提供身份信息及/或企业相关信息,用于您身份及特殊用户角色获取资格的核验、登记、公示及其他我们明确告知的目的。


    3、账户信息展示:如果您已拥有美十每客App平台账户,我们可能会在美十每客App平台服务中显示您的上述个人信息(实人认证仅显示认证是否通过的结果),以及您在美十每客App平台上或与美十每客App平台账户相关联的产品和服务中执行的操作(通过美十每客App平台账户集中展示您的个人资料、交易订单、评价等信息)。


    (二) 提供商品或服务信息展示


    在您使用美十每客App平台所提供服务的过程中,为识别账号异常状态、了解产品适配性、向您提供所需的页面展示和搜索结果,我们会自动收集您的使用情况并存储为网络日志信息,包括: 


设备信息:我们会根据您在软件安装及/或使用中的具体操作,接收并记录您所使用的设备相关信息(包括设备型号、操作系统版本、设备设置)、设备所在位置相关信息(包括您授权的GPS位置以及WLAN接入点)。


    服务日志信息:当您使用我们的网站或客户端提供的产品或服务时,我们会自动收集您对我们服务的详细使用情况,作为服务日志保存,包括浏览、点击查看、搜索查询、收藏、添加至购物车、交易、售后、关注分享信息、发布信息,以及IP地址、浏览器类型、电信运营商、使用语言、访问日期和时间。


    请注意,单独的设备信息、服务日志信息是无法识别特定自然人身份的信息。如果我们将这类非个人信息与其他信息结合用于识别特定自然人身份,或者将其与个人信息结合使用,则在结合使用期间,这类非个人信息将被视为个人信息,除取得您授权或法律法规另有规定外,我们会将这类信息做匿名化、去标识化处理。


     此外,我们也会为了不断改进和优化上述的功能来使用您的上述信息。


    (三) 为您提供收藏、加购、关注与分享功能


    在您浏览我们APP的过程中,您可以选择对相关的服务或商品进行收藏、添加购物车、与商户或其他用户建立关注、通过我们提供的功能组件在美十每客App平台或向其他第三方分享信息。在您使用上述功能的过程中,我们会收集包括您的收藏及添加购物车的记录、关注关系、分享历史在内的服务日志信息用于实现上述功能及其他我们明确告知的目的。


    (四)帮助您完成下单及订单管理


当您在我们的产品及/或服务中订购具体商品及/或服务时,我们会通过系统为您生成购买该商品及/或服务的订单。在下单过程中,您需至少提供您的姓名、服务地址、联系电话,同时该订单中会载明您所购买的商品及/或服务信息、具体订单号、订单创建时间、您应支付的金额,我们收集这些信息是为了帮助您顺利完成交易、保障您的交易安全、查询订单信息、提供客服与售后服务及其他我们明确告知的目的。 


    您可以通过美十每客APP为其他人订购商品及/或服务,您需要提供该实际订购人的前述个人信息,若其中涉及儿童个人信息的,您需在提供前征得对应儿童监护人的同意。


为便于您了解查询订单信息并对订单信息进行管理,我们会收集您在使用我们服务过程中产生的订单信息用于向您展示及便于您对订单进行管理。


    您可额外填写/选择包括其他联系电话、收货时间在内的更多附加信息以确保商品或服务的准确与效率。


    (五) 帮助您完成支付


    为完成订单支付,您需要提供您的付款方式以及支付工具的帐户(例如微信号或支付宝帐户),我们会将您的美十每客App平台账户用户名、对应的支付工具帐户名、订单支付相关信息及其他反洗钱法律要求的必要信息与管理支付工具的平台共享。如您选择由其他金融机构为您提供支付服务的,我们还会将您的包括银行卡号、有效期在内的银行卡支付必要信息与您选择的相应金融机构共享。


    您可以请求其他人为您付款,那么您需要提供代付人的支付工具账户及/或手机号码。


    为使我们及时获悉并确认您的支付进度及状态,为您提供售后与争议解决服务,您同意我们可自您所选择的交易对象、支付工具或您选择的其他金融机构处收集与支付进度相关信息。


    (六) 帮助向您完成商品或服务的交付


    为保证您购买的商品及/或服务能够顺利、安全、准确到达,我们会向为您提供服务的第三方(例如商户、移动美容师或物流公司)披露订单您的服务地址及联系方式等信息。您知晓并同意上述第三方不可避免地获知及使用您的上述信息,用于完成交付目的。


为使我们及时获悉并确认交付进度及状态,向您提供售后与争议解决服务,您同意我们可自相关服务主体处收集与交付进度相关信息。


    (七) 客服及争议处理


当您与我们联系或提出争议纠纷处理申请时,为了保障您的账户及系统安全,我们需要您提供必要的个人信息以核验您的用户身份。


为便于与您联系、尽快帮助您解决问题或记录相关问题的处理方案及结果,我们可能会保存您与我们的通信/通话记录及相关内容(包括账号信息、订单信息、您为了证明相关事实提供的其他信息,或您留下的联系方式信息),如果您针对具体订单进行咨询、投诉或提供建议的,我们会使用您的账号信息和订单信息。


    为了提供服务及改进服务质量的合理需要,我们还可能使用您的其他信息,包括您与客服联系时您提供的相关信息,您参与问卷调查时向我们发送的问卷答复信息。 


    (八) 为您提供评价、问答等信息公开发布功能


    您可通过我们为您提供的评价、问答、论坛、晒单分享或其他信息发布功能公开发布信息,包括发布的图文/视频内容、发表评价及问答内容,以及作为卖家发布商品及/或服务相关信息、店铺相关信息。


    我们可能会根据您的用户类型及网络日志信息判断您是否可享受对应功能权限。


    请注意,您公开发布的信息中可能会涉及您或他人的个人信息甚至个人敏感信息,如您在评价时选择上传包含个人信息的图片。请您更加谨慎地考虑,是否在使用我们的服务时共享甚至公开分享相关信息。若您公开发布的信息中涉及儿童个人信息的,您需在发布前征得对应儿童监护人的同意。


    (九) 为您提供安全保障


    为提高您使用我们及我们关联公司、合作伙伴提供服务的安全性,保护您或其他用户或公众的人身财产安全免遭侵害,更好地预防钓鱼网站、欺诈、网络漏洞、计算机病毒、网络攻击、网络侵入等安全风险,更准确地识别违反法律法规或美十每客APP相关协议规则的情况,我们可能使用或整合您的用户信息、交易信息、设备信息、服务日志信息以及我们关联公司、合作伙伴取得您授权或依据法律共享的信息,来综合判断您账户及交易风险、进行身份验证、检测及防范安全事件,并依法采取必要的记录、审计、分析、处置措施。


 


    (十) 为您提供其他附加服务


    我们在向您提供的以下附加服务中可能会收集和使用您的个人信息。如果您不提供这些信息,不会影响您使用美十每客APP的浏览、搜索、购买等基本服务,但您可能无法获得这些附加服务给您带来的用户体验。这些附加服务包括:


    1、基于位置信息的服务:我们会在您开启位置权限后根据您的位置信息为您提供您附近的店铺信息和美容师信息的展示。


    2、基于相机/摄像头的附加服务:您可在开启相机/摄像头权限后使用该功能进行扫码用于登录、购物、领取优惠信息,拍摄照片或视频用于评价、分享。 


    3、基于相册(图片库/视频库)的图片/视频访问及上传的附加服务:您可在开启相册权限后使用该功能上传您的照片/图片/视频,以实现更换头像、发表评价/分享、拍照购物或与客服沟通提供证明等功能。我们可能会通过您所上传的照片/图片来识别您需要购买的商品或服务,或使用包含您所上传照片或图片的评价信息。


    4、基于麦克风的语音技术相关附加服务:您可在开启麦克风权限后使用麦克风实现语音购物功能,或与客服联系或与客服机器人实现语音交互,在这些功能中我们会收集您的录音内容以识别您的购物需求,或响应您的客服及争议处理等需求。请您知晓,即使您已同意开启麦克风权限,我们也仅会在您主动点击客户端内麦克风图标或录制视频时通过麦克风获取语音信息。


    您理解并同意,上述附加服务可能需要您在您的设备中开启您的位置信息 (地理位置)、摄像头(相机)、相册(图片库)、麦克风(语音)的访问权限,以实现这些权限所涉及信息的收集和使用。您可在您的设备设置中逐项查看上述权限的状态,并可自行决定这些权限随时的开启或关闭。请您注意,您开启任一权限即代表您授权我们可以收集和使用相关个人信息来为您提供对应服务,您一旦关闭任一权限即代表您取消了授权,我们将不再基于对应权限继续收集和使用相关个人信息,也无法为您提供该权限所对应的服务。但是,您关闭权限的决定不会影响此前基于您的授权所进行的信息收集及使用。

       (十一)其他


     1、若您提供的信息中含有其他用户的个人信息,在向美十每客APP平台提供这些个人信息之前,您需确保您已经取得合法的授权。若其中涉及儿童个人信息的,您需在发布前取得对应儿童监护人的同意,前述情形下监护人有权通过本政策第九条的途径联系我们,要求更正或删除涉及儿童个人信息的内容。


    2、若我们将信息用于本政策未载明的其他用途,或者将基于特定目的收集而来的信息用于其他目的,或者我们主动从第三方处获取您的个人信息,均会事先获得您的同意。


    若我们从第三方处间接获取您的信息的,我们会在收集前明确以书面形式要求该第三方在已依法取得您同意后收集个人信息,并向您告知共享的信息内容,且涉及敏感信息的在提供给我们使用前需经过您的明确确认,要求第三方对个人信息来源的合法性和合规性作出承诺,如第三方有违反行为的,我们会明确要求对方承担相应法律责任;同时,我们的专业安全团队对个人信息会进行安全加固(包括敏感信息报备、敏感信息加密存储、访问权限控制等)。我们会使用不低于我们对自身用户个人信息同等的保护手段与措施对间接获取的个人信息进行保护。


    3、征得授权同意的例外


    您充分理解并同意,我们在以下情况下收集、使用您的个人信息无需您的授权同意,且我们可能不会响应您提出的更正/修改、删除、注销、撤回同意、索取信息的请求:


    (1)与国家安全、国防安全有关的;


    (2)与公共安全、公共卫生、重大公共利益有关的;


    (3)与犯罪侦查、起诉、审判和判决执行等司法或行政执法有关的;


    (4)出于维护您或其他个人的生命、财产等重大合法权益但又很难得到本人同意的;


    (5)您自行向社会公众公开的个人信息;


    (6)从合法公开披露的信息中收集个人信息的,如合法的新闻报道、政府信息公开等渠道。


    (7)根据与您签订和履行相关协议或其他书面文件所必需的;


    (8)用于维护所提供的产品及/或服务的安全稳定运行所必需的,例如发现、处置产品及/或服务的故障;


    (9)为合法的新闻报道所必需的;


    (10)学术研究机构基于公共利益开展统计或学术研究所必要,且对外提供学术研究或描述的结果时,对结果中所包含的个人信息进行去标识化处理的;


    (11)法律法规规定的其他情形。


请知悉,根据适用的法律,若我们对个人信息采取技术措施和其他必要措施进行处理,使得数据接收方无法重新识别特定个人且不能复原,或我们可能会对收集的信息进行去标识化地研究、统计分析和预测,用于改善美十每客APP的内容和布局,为商业决策提供产品或服务支撑,以及改进我们的产品和服务(包括使用匿名数据进行机器学习或模型算法训练),则此类处理后数据的使用无需另行向您通知并征得您的同意。


    4、如我们停止运营美十每客APP平台产品或服务的,我们将及时停止继续收集您个人信息的活动,将停止运营的通知以逐一送达或公告的形式通知您,并对我们所持有的与已关停业务相关的个人信息进行删除或匿名化处理。涉及儿童个人信息的,我们会并将停止运营的通知及时告知儿童监护人。


    三、如何共享、转让、公开披露您的信息


    (一)共享


    我们不会与美十每客APP服务提供者以外的公司、组织和个人共享您的个人信息,但以下情况除外:


    1、在法定情形下的共享:我们可能会根据法律法规规定、诉讼、争议解决需要,或按行政、司法机关依法提出的要求,共享您的个人信息。


    2、在获取明确同意的情况下共享:获得您的明确同意后,我们会与其他方共享您的个人信息。


    3、在您主动选择情况下共享:您通过美十每客App平台购买商品或服务,我们会根据您的选择,将您的订单信息中与交易有关的必要信息共享给相关商品或服务的提供者,以实现您的交易及售后服务需求。


    4、与授权合作伙伴共享:我们可能委托授权合作伙伴为您提供某些服务或代表我们履行职能,我们仅会出于本隐私权政策声明的合法、正当、必要、特定、明确的目的共享您的信息,授权合作伙伴只能接触到其履行职责所需信息,且不得将此信息用于其他任何目的。对于涉及儿童个人信息的,我们不允许合作伙伴进行转委托。


    目前,我们的授权合作伙伴包括以下类型:


    (1)广告、分析服务类的授权合作伙伴。除非得到您的许可,否则我们不会将您的个人身份信息与提供广告、分析服务的合作伙伴共享。我们会委托这些合作伙伴处理与广告覆盖面和有效性相关的信息,但不会提供您的个人身份信息,或者我们将这些信息进行去标识化处理,以便它不会识别您个人。这类合作伙伴可能将上述信息与他们合法获取的其他数据相结合,以执行我们委托的广告服务或决策建议。


    (2)供应商、服务提供商和其他合作伙伴。我们将信息发送给支持我们业务的供应商、服务提供商和其他合作伙伴,这些支持包括受我们委托提供的技术基础设施服务、分析我们服务的使用方式、提供客户服务、支付便利或进行学术研究和调查。


    我们会对授权合作伙伴获取有关信息的应用程序接口(API)、软件工具开发包(SDK)进行严格的安全检测,并与授权合作伙伴约定严格的数据保护措施,令其按照我们的委托目的、服务说明、本隐私权政策以及其他任何相关的保密和安全措施来处理个人信息。


    (3)消息推送服务供应商:由每日互动股份有限公司提供推送技术服务,我们可能会将您的设备平台、设备厂商、设备品牌、设备识别码等设备信息,应用列表信息、网络信息以及位置相关信息提供给每日互动股份有限公司,用于为您提供消息推送技术服务。我们在向您推送消息时,我们可能会授权每日互动股份有限公司进行链路调节,相互促活被关闭的SDK推送进程,保障您可以及时接收到我们向您推送的消息。


    (二)转让


    我们不会将您的个人信息转让给任何公司、组织和个人,但以下情况除外:


    1、在获取明确同意的情况下转让:获得您的明确同意后,我们会向其他方转让您的个人信息;


    2、在美十每客APP平台服务提供者发生合并、收购或破产清算情形,或其他涉及合并、收购或破产清算情形时,如涉及到个人信息转让,我们会要求新的持有您个人信息的公司、组织继续受本政策的约束,否则我们将要求该公司、组织和个人重新向您征求授权同意。


    (三)公开披露


    我们仅会在以下情况下,公开披露您的个人信息:


    1、获得您个人单独明确同意或基于您个人单独的主动选择,我们可能会公开披露您的个人信息;


    2、根据法律、法规的要求、行政或司法机关的强制性要求,我们可能会公开披露您的个人信息。当我们收到上述披露请求时,我们会依法要求请求方出具相关法律文件,如传票或调查函等。我们会慎重审查每一披露请求,以确保该等披露请求符合相关法律规定。在法律法规许可的前提下,我们会对包含披露信息的文件进行加密保护。


    (四)共享、转让、公开披露个人信息时事先征得授权同意的例外


以下情形中,共享、转让、公开披露您的个人信息无需事先征得您的授权同意:


    1、 为为履行法定职责或者法定义务所必需;


    2、 为应对突发公共卫生事件,或者紧急情况下为保护自然人的生命健康和财产安全所必需;


    3、 为公共利益实施新闻报道、舆论监督等行为,在合理的范围内需共享、转让、披露您的个人信息;


    4、 依照法律规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息;


    5、法律、行政法规规定的其他情形。


请知悉,根据适用的法律,若我们对个人信息采取技术措施和其他必要措施进行处理,使得数据接收方无法重新识别特定个人且不能复原,则此类处理后数据的共享、转让、公开披露无需另行向您通知并征得您的同意。


    四、如何保护您的信息


    (一)我们已采取符合现行有效的法律法规及行业标准的安全防护措施保护您的信息,防止个人信息遭到未经授权访问、公开披露、使用、修改、损坏或丢失。例如,在您的浏览器与服务器之间交换数据时受SSL协议加密保护;我们同时对美十每客APP网站提供HTTPS协议安全浏览方式;我们会使用加密技术提高个人信息的安全性;我们会使用受信赖的保护机制防止个人信息遭到恶意攻击;我们会部署访问控制机制,尽力确保只有授权人员才可访问个人信息;以及我们会举办安全和隐私保护培训课程,加强员工对于保护个人信息重要性的认识。 


    (二)您个人信息的保存:


    1.除非依据法律法规或双方约定,我们仅会在实现目的所必需的最短时间内留存您的相关个人信息。当您自主删除个人信息或注销账户,我们将按照法律、法规规定的最短期限保留您的现有个人信息,在法律法规要求的最短保存期限内,我们将不再对您的个人信息进行商业化使用。当您的个人信息超出上述保存期限,我们将会对其进行匿名化处理。


    2.为配合人民检察院、公安机关、国家安全机关侦查用户使用美十每客App平台服务过程中产生的违法犯罪行为,更好保护其他用户生命财产安全,当您自主删除个人信息或注销账户,我们将在刑法规定的犯罪追诉时效期间内,加密隔离存档您的个人信息。


    3. 如您使用美十每客App平台服务的过程中,存在严重违反法律法规、平台服务协议等情形,您的违法、违约记录及相应的平台信用记录,将被永久保存。


    4.美十每客App平台与您另行签署的具体的隐私协议就某类信息的保存期限做特殊约定的,从其约定。


    (三)您的个人信息将全部被存储于中华人民共和国境内。目前我们不存在向境外提供个人信息的场景。如将来涉及向境外传输个人信息,我们将事前进行个人信息保护影响评估,明确向您告知个人信息出境的目的、接收方、安全保障措施等情况,并另行征得您的同意。


    (四)互联网并非绝对安全的环境,使用美十每客App平台服务时,我们强烈建议您不要使用非美十每客App平台推荐的通信方式发送您的信息。您可以通过我们的服务建立联系和相互分享。当您通过我们的服务创建交流、交易或分享时,您可以自主选择沟通、交易或分享的对象,作为能够看到您的交易内容、联络方式、交流信息或分享内容等相关信息的第三方。


    在使用美十每客APP服务进行网上交易时,您不可避免地要向交易对方或潜在的交易对方披露自己的个人信息,如联络方式或联系地址。请您妥善保护自己的个人信息,仅在必要的情形下向他人提供。如您发现自己的个人信息尤其是您的账户或密码发生泄露,请您立即联络美十每客APP客服,以便我们根据您的申请采取相应措施。


    请注意,您在使用我们服务时自愿共享甚至公开分享的信息,可能会涉及您或他人的个人信息甚至个人敏感信息。请您更加谨慎地考虑,是否在使用我们的服务时共享甚至公开分享相关信息。 


    请使用复杂密码,协助我们保证您的账号安全。我们将尽力保障您发送给我们的任何信息的安全性。如果我们的物理、技术或管理防护设施遭到破坏,导致信息被非授权访问、公开披露、篡改或毁坏,导致您的合法权益受损,我们将承担相应的法律责任。


    (五)我们将不定期更新并公开安全风险、个人信息安全影响评估报告等有关内容,您可通过美十每客APP公告方式获得。


    (六)在不幸发生个人信息安全事件后,我们将按照法律法规的要求向您告知:安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、您可自主防范和降低风险的建议、对您的补救措施等。事件相关情况我们将以邮件、信函、电话、推送通知等方式告知您,难以逐一告知个人信息主体时,我们会采取合理、有效的方式发布公告。


    我们已制定儿童个人信息安全事件应急预案,定期组织内部相关人员进行应急响应培训和应急演练,使其掌握岗位职责和应急处置策略和规程。在不幸发生儿童个人信息安全事件后,我们将按照法律法规的要求,及时向儿童及其监护人告知:安全事件的基本情况和可能的影响、我们已采取或将要采取的处置措施、儿童及其监护人可自主防范和降低风险的建议、对儿童及其监护人的补救措施等。我们将及时将事件相关情况以APP推送通知、发送邮件/短消息等方式告知儿童及其监护人。难以逐一告知时,我们会采取合理、有效的方式发布相关警示信息。同时,我们还将按照监管部门要求,主动上报儿童个人信息安全事件的处置情况。若儿童及其监护人的合法权益受损,我们将依法承担相应的法律责任。


    同时,我们还将按照监管部门要求,上报个人信息安全事件的处置情况。


    五、您如何管理您的信息


    您可以通过以下方式访问及管理您的信息:


    (一)查询、更正和补充您的信息


    您有权查询、更正或补充您的信息。您可以通过以下方式自行进行:


    1、登录美十每客APP,进入首页,点击个人账户设置后查询、更正个人资料及个人账户相关信息;


    2、登录手机美十每客App,进入“设置”对个人资料、账户与安全及我的地址等信息进行查询、更正或补充;


    3、登录美十每客APP并选择联系客服,或登录手机美十每客App并选择“客服 ”寻求帮助,协助您查询、更正或补充您的信息。


    (二)删除您的信息


    您可以通过“(一)查询、更正和补充您的信息”中列明的方式删除您的部分信息。在以下情形中,您可以向我们提出删除个人信息的请求:


    1、如果我们处理个人信息的行为违反法律法规;


    2、如果我们收集、使用您的个人信息,却未征得您的明确同意;


    3、如果我们处理个人信息的行为严重违反了与您的约定;


    4、如果您不再使用我们的产品或服务,或您主动注销了账号;


    5、如果我们永久不再为您提供产品或服务。


    若我们决定响应您的删除请求,我们还将同时尽可能通知从我们处获得您的个人信息的主体,并要求其及时删除(除非法律法规另有规定,或这些主体已独立获得您的授权)。


    当您或我们协助您删除相关信息后,因为适用的法律和安全技术,我们可能无法立即从备份系统中删除相应的信息,我们将安全地存储您的个人信息并将其作进一步处理隔离,直到备份可以清除或实现匿名。


    (三)改变您授权同意的范围


    每个业务功能需要一些基本的个人信息才能得以完成(见本隐私权政策“第一部分”)。除此之外,您可以与美十每客APP客服联系给予或收回您的授权同意。


    当您收回同意后,我们将不再处理相应的个人信息。但您收回同意的决定,不会影响此前基于您的授权而开展的个人信息处理。


    (四)注销您的账户


    您可以通过以下方式申请注销您的账户:


    1、登录美十每客APP并选择联系客服,或登录手机美十每客APP选择客服助手寻求帮助,协助您申请注销您的账户。


    在您主动注销账户之后,我们将停止为您提供产品或服务,根据适用法律的要求删除您的个人信息,或使其匿名化处理。


    (五)约束信息系统自动决策


    在某些业务功能中,我们可能仅依据信息系统、算法等在内的非人工自动决策机制做出决定。如果这些决定显著影响您的合法权益,您有权要求我们做出解释,我们也将在不侵害美十每客APP商业秘密或其他用户权益、社会公共利益的前提下提供申诉方法。


    (六)响应您的上述请求


    为保障安全,您可能需要提供书面请求,或以其他方式证明您的身份。我们可能会先要求您验证自己的身份,然后再处理您的请求。


    我们将在15天内做出答复。如您不满意,还可以通过美十每客APP客服发起投诉。


    对于您合理的请求,我们原则上不收取费用,但对多次重复、超出合理限度的请求,我们将酌情收取一定费用。对于与您的身份不直接关联的信息、无端重复信息,或者需要过多技术手段(例如,需要开发新系统或从根本上改变现行惯例)、给他人合法权益带来风险或者不切实际的请求,我们可能会予以拒绝。


    在以下情形中,按照法律法规要求,我们将无法响应您的请求:


    1、与国家安全、国防安全有关的;


    2、与公共安全、公共卫生、重大公共利益有关的;


    3、与犯罪侦查、起诉、审判和执行判决等有关的;


    4、有充分证据表明个人信息主体存在主观恶意或滥用权利的;


    5、响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的;


    6、涉及商业秘密的。


    六、如何处理未成年人的信息


        在电子商务活动中我们推定您具有相应的民事行为能力。如您为未成年人,我们要求您请您的父母或其他监护人仔细阅读本隐私权政策,并在征得您的父母或其他监护人同意的前提下使用我们的服务或向我们提供信息。


    如果我们识别出您是儿童用户的,我们将通知您的监护人并要求您的监护人同意儿童个人信息收集使用规则。对于经父母或其他监护人同意使用我们的产品或服务而收集儿童个人信息的情况,我们只会在法律法规允许、父母或其他监护人明确同意或者保护儿童所必要的情况下使用、共享、转让或披露此信息。


    若您是儿童的父母或其他监护人,请您关注您监护的儿童是否是在取得您的授权同意之后使用我们的服务的。如您对您所监护的儿童的个人信息有疑问,请通过第九节中的联系方式与我们联系。


    七、您的信息如何在全球范围转移


我们在中华人民共和国境内运营中收集和产生的个人信息,存储在中国境内,以下情形除外:


    1、适用的法律有明确规定;


    2、获得您的明确授权;


    3、您通过互联网进行跨境交易等个人主动行为。


    针对以上情形,我们会确保依据本隐私权政策对您的个人信息提供足够的保护。


    八、本隐私权政策的更新


    我们的隐私权政策会不时变更。我们会在专门页面上以显著的方式发布本隐私权政策的任何变更。(包括我们会通过美十每客APP公示的方式进行通知甚至向您提供弹窗提示)。


    本政策所指的重大变更包括但不限于:


    1、我们的服务模式发生重大变化。如处理个人信息的目的、处理的个人信息类型、个人信息的使用方式等;


    2、我们在控制权等方面发生重大变化。如并购重组等引起的信息控制者变更等;


    3、个人信息共享、转让或公开披露的主要对象发生变化;


    4、您参与个人信息处理方面的权利及其行使方式发生重大变化;


    5、我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化;


    6、个人信息安全影响评估报告表明存在高风险。


    我们还会将本隐私权政策的旧版本在美十每客APP专门页面存档,供您查阅。


    九、如何联系我们


    您可以通过以下方式与我们联系,我们将在15天内回复您的请求:


    如对本政策内容、儿童个人信息有任何疑问、意见或建议,您可通过美十每客APP平台客服或官方邮箱:yuningzhi2021@163.com与我们联系;


    如果您对我们的回复不满意,特别是您认为我们的个人信息处理行为损害了您的合法权益,您还可以通过向我们公司经营所在地有管辖权的法院提起诉讼来寻求解决方案。


    十、第三方服务


    为保美十每客APP相关功能的实现和应用的安全稳定运行,我们会接入由第三方提供的软件开发包(SDK)实现该目的。


    我们会对第三方SDK进行严格的安全检测,并要求合作伙伴采取严格的措施来保护您的个人数据。在满足新的服务需求及业务功能变更时,我们可能会调整我们接入的第三方SDK,并及时在本说明中向您公开说明接入第三方SDK的最新情况。


    请注意,第三方SDK可能因为版本升级、策略调整等原因导致数据类型存在一些变化,请以其公示的官方说明为准。


    以下是我们接入的第三方SDK目录:

    第三方SDK名称:个推;


    SDK包名:com.igexin;


    使用目的:消息推送(用于用户下单时候美容师app端提醒;)


    方式和范围:设备信息(IMEI、ANDROID_ID、DEVICE_ID、IMSI)、应用已安装列表、网络信息


    第三方SDK名称:华为 HMS push;


    SDK包名:com.huawei.hms;


    使用目的:华为手机厂商推送(用于用户下单时候美容师app端提醒);


    方式和范围:设备信息(IMEI、ANDROID_ID、DEVICE_ID、IMSI)、应用已安装列表、网络信息


    第三方SDK名称:高德地图;


    SDK包名:com.amap.api;


    使用目的:实现定位/展现地图(用于展示用户距离美容店的距离,以及美容师导航上门服务的路线,为用户提供更好的位置服务体验;) 


    方式和范围:存储的个人文件、位置信息、读取手机状态和身份、网络信息

    十一、关于获取设备序列号、获取传感器信息

         使用目的 : 为了给用户推送信息,用设备序列号来做唯一的标识信息



最新生效:2022-12-13 12:06:52');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('account.phone', 'INFORMATION_CATEGORY', '个人电话号码', 'Mobile phone number',
        '个人电话号码',
        '注册账号时通过短信验证码或通讯运营商认证本机号码验证身份；用户订单交易中的身份信息识别和订单信息通知。拒绝提供手机号码将无法创建账号(仅浏览、搜索无需注册)。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1).',
        'Kept while the account exists; after deletion or cancellation only the legal minimum, without commercial use, encrypted and isolated for the criminal limitation period (Part 2 §IV(二)1-2). Stored encrypted, found by keyed hash (DATA-3).',
        '第一部分 a；第二部分 一 平台注册信息、(一)、(四)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('account.phone', 'sms');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('profile.basic', 'INFORMATION_CATEGORY', '基本资料', 'Basic profile: name, gender, address',
        '个人姓名、性别、住址(服务地址)',
        '用户订单交易中的身份信息识别和订单信息通知；下单时提供姓名、服务地址、联系电话，以完成交易、上门服务、售后与客服。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1).',
        'Kept while the account exists; after deletion or cancellation only the legal minimum, without commercial use, encrypted and isolated for the criminal limitation period (Part 2 §IV(二)1-2). Copies in orders are kept with the order: at least 3 years after the transaction (E-Commerce Law art. 31).',
        '第一部分 a；第二部分 一(四)、(六)', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('identity.document', 'INFORMATION_CATEGORY', '个人身份信息', 'Identity documents',
        '身份证、军官证、护照、驾驶证(及户口本等其他身份证件信息)',
        '实名认证(可选)；申请成为商户、移动美容师等存在额外身份认证要求的用户角色时，用于身份及资格的核验、登记、公示。仅显示认证是否通过的结果。',
        'OPTIONAL', true, false, false,
        'Separate consent to sensitive personal information (PIPL arts. 13(1)(1), 28, 29); may be withdrawn at any time (PIPL art. 15). For beautician and merchant accounts it is a condition of that role (Part 2 §I(一) 其他用户角色服务), still consented to separately.',
        'Kept while the account exists; after deletion or cancellation only the legal minimum, without commercial use, encrypted and isolated for the criminal limitation period (Part 2 §IV(二)1-2). Only pass or fail is ever shown; numbers are stored encrypted (DATA-3).',
        '第一部分 a；第二部分 一(一) 实名认证、其他用户角色服务、3', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('identity.biometric', 'INFORMATION_CATEGORY', '生物识别特征', 'Biometric features: face, voiceprint',
        '静态或动态的面部特征、声纹',
        '实人认证；账户增强保护功能(声纹密保、扫脸登录)。',
        'OPTIONAL', true, false, false,
        'Separate consent to sensitive personal information (PIPL arts. 13(1)(1), 28, 29); may be withdrawn at any time (PIPL art. 15).',
        'Kept only while the verification runs or the protection feature is switched on, then deleted; stored encrypted (DATA-3).',
        '第一部分 a；第二部分 一(一) 实名认证', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('account.network-identity', 'INFORMATION_CATEGORY', '网络身份标识信息', 'Network identity: account, password, IP address',
        '系统账号、密码(仅保存不可逆的散列值)、IP地址',
        '用于保障个人账号安全；创建和登录美十每客App平台账户。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1). Network logs are a legal obligation (Cybersecurity Law art. 21).',
        'Kept while the account exists; after deletion or cancellation only the legal minimum, without commercial use, encrypted and isolated for the criminal limitation period (Part 2 §IV(二)1-2). IP addresses in network logs at least 6 months (Cybersecurity Law art. 21).',
        '第一部分 b；第二部分 一(一)', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('account.third-party-login', 'INFORMATION_CATEGORY', '第三方账户授权登录信息', 'Third-party login: avatar, nickname',
        '第三方账户的头像、昵称及页面提示的其他信息',
        '经您授权从第三方获取第三方账户信息并与美十每客App平台账户绑定，便捷地注册或登录；仅在您授权同意的范围内使用。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). Only the fields consented to are bound (ID-5).',
        'Kept while the binding exists; deleted when the person unbinds the account or withdraws consent.',
        '第一部分 b；第二部分 一(一) 授权登录', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('payment.account', 'INFORMATION_CATEGORY', '个人财产信息：支付账户', 'Payment accounts: Alipay, WeChat Pay',
        '支付宝账号、微信账号(支付工具帐户名)、代付人的支付工具账户',
        '完成订单支付：与管理支付工具的平台共享美十每客App平台账户用户名、对应的支付工具帐户名、订单支付相关信息及反洗钱法律要求的必要信息。',
        'NECESSARY', true, false, false,
        'Necessary to perform the contract (PIPL art. 13(1)(2)); a financial account is sensitive personal information (PIPL art. 28), so it is consented to separately (PIPL art. 29) before its first use and is not covered by accepting the policy.',
        'Kept while the account exists and as long as anti-money-laundering rules require; then deleted or anonymised. Stored encrypted (DATA-3).',
        '第一部分 c；第二部分 一(五)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('payment.account', 'wechat-pay');
insert into consent_purpose_partner (purpose_code, partner_id) values ('payment.account', 'alipay');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('payment.transactions', 'INFORMATION_CATEGORY', '个人财产信息：交易记录与虚拟财产', 'Transactions, spending records, coupons',
        '交易和消费记录、优惠券等虚拟财产信息、订单支付相关信息',
        '完成交易、保障交易安全、查询订单信息、提供客服与售后及争议解决服务；自支付工具处收集支付进度与状态。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1). Keeping transaction records is a legal obligation (E-Commerce Law art. 31).',
        'At least 3 years from the completion of the transaction (E-Commerce Law art. 31); then deleted or anonymised.',
        '第一部分 c；第二部分 一(四)、(五)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('payment.transactions', 'wechat-pay');
insert into consent_purpose_partner (purpose_code, partner_id) values ('payment.transactions', 'alipay');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('communication.order-sms', 'INFORMATION_CATEGORY', '个人通信信息', 'Communications: order text messages',
        '手机号码及订单短信提醒内容',
        '用于平台自动下发的订单短信提醒。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1).',
        'Message records are kept with the order they belong to; then deleted or anonymised.',
        '第一部分 d', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('communication.order-sms', 'sms');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('communication.customer-service', 'INFORMATION_CATEGORY', '客服通信记录', 'Customer-service communications',
        '与客服的通信/通话记录及相关内容(账号信息、订单信息、为证明相关事实提供的信息、留下的联系方式)',
        '联系您或您提出争议纠纷处理申请时核验身份，尽快帮助您解决问题，记录处理方案及结果。',
        'NECESSARY', false, false, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1).',
        'Kept until the request, complaint or dispute is closed and the time to complain about the answer has passed; then deleted or anonymised.',
        '第一部分 d；第二部分 一(七)', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('usage.logs', 'INFORMATION_CATEGORY', '个人上网记录', 'Usage logs',
        '浏览记录、软件使用登录记录、点击记录、搜索查询内容、Push打开记录、停留时长、刷新记录、发布记录、关注、订阅、收藏、加购及分享记录、IP地址、浏览器类型、电信运营商、网络环境、使用语言、访问日期和时间',
        '仅用于保障用户安全访问、记录，解决系统运营中的故障保障以及帮您解决使用过程中发生问题后的分析判断；识别账号异常状态、了解产品适配性。单独的日志信息无法识别特定自然人，与个人信息结合使用期间视为个人信息。',
        'NECESSARY', false, true, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1). Keeping network logs is a legal obligation (Cybersecurity Law art. 21). Analytics partners receive it de-identified or aggregated only (Part 2 §III(一)4(1)).',
        'At least 6 months (Cybersecurity Law art. 21), then deleted or anonymised. Personal information only while joined with a person (Part 2 §I 设备信息、日志信息).',
        '第一部分 e；第二部分 一 日志信息、(二)、(三)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('usage.logs', 'analytics');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('usage.personalised-display', 'INFORMATION_CATEGORY', '个性化展示', 'Personalised display',
        '浏览、点击、搜索、收藏、加购、关注等服务日志形成的偏好',
        '根据您的使用情况向您提供所需的页面展示和搜索结果(个性化展示)。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). A display not based on personal characteristics is always offered (PIPL art. 24).',
        'Preferences are kept while the consent is in force and deleted when it is withdrawn.',
        '第一部分 e；第二部分 一(二)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('usage.personalised-display', 'analytics');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('location.precise', 'INFORMATION_CATEGORY', '个人位置信息', 'Precise location',
        '精确地理位置，通过GPS、WLAN(如Wi-Fi)接入点、蓝牙、基站、IP地址等技术获取',
        '为了在订单交易过程中防止欺诈及保护您的交易安全、防范人身意外情况；您可自主选择是否授权开启定位功能，并可随时在设备中关闭。',
        'OPTIONAL', true, false, false,
        'Separate consent to sensitive personal information (PIPL arts. 13(1)(1), 28, 29); may be withdrawn at any time (PIPL art. 15).',
        'Kept for the duration of the order it protects, then deleted or anonymised.',
        '第一部分 f；第二部分 一 位置信息、三(一)4(3)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('location.precise', 'amap');
insert into consent_purpose_partner (purpose_code, partner_id) values ('location.precise', 'getui');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('service.recording', 'INFORMATION_CATEGORY', '个人录音信息', 'Service recordings',
        '上门服务全过程的室内环境声音，包括移动美容师及服务地点第三人的交谈或肢体动作产生的声音',
        '提升服务安全能力、处理上门服务移动美容师与客户的纠纷；仅用于列明的场景：经同意作为纠纷依据、紧急情况下维护人身财产安全、抽查违反平台规则的行为、系统分析开发安全辅助工具。移动美容师与客户均同意方可开启；上门时当场明确告知将录音而您未明确反对并默认服务开始的，视为同意。',
        'OPTIONAL', true, false, true,
        'Separate consent to sensitive personal information (PIPL arts. 13(1)(1), 28, 29); may be withdrawn at any time (PIPL art. 15). Both the beautician and the customer consent; on site, a notice the customer did not object to before the service began counts as consent (Part 1 录音 1.2).',
        '7 days, encrypted; longer while a bad review, a complaint or an unresolved dispute holds it (Part 1 录音 2 b); then destroyed.',
        '第一部分 g、录音 1-6', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.identifiers', 'INFORMATION_CATEGORY', '设备信息：设备标识', 'Device identifiers',
        'OAID、IMEI、ANDROID_ID、DEVICE_ID、IMSI、MAC地址、设备序列号',
        '向您提供基本服务和基础功能；消息推送(以设备序列号作为唯一标识，用于用户下单时美容师App端提醒)。单独的设备信息无法识别特定自然人，与个人信息结合使用期间视为个人信息。',
        'NECESSARY', false, true, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1). Refusing the permission may make the service unusable (Part 2 §I 设备信息).',
        'Kept while the app is installed and the account exists; personal information only while joined with a person.',
        '第一部分 h；第二部分 一 设备信息、三(一)4(3)、十、十一', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.identifiers', 'getui');
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.identifiers', 'huawei-push');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.environment', 'INFORMATION_CATEGORY', '设备信息：设备环境', 'Device environment: installed apps, network, client',
        '应用已安装列表、网络信息、客户端版本、设备分辨率、设备型号、操作系统版本、设备设置、手机状态',
        '识别账号异常状态、了解产品适配性、提供页面展示；保障消息推送(推送SDK链路调节)与地图定位服务正常运行。单独的设备信息无法识别特定自然人，与个人信息结合使用期间视为个人信息。',
        'NECESSARY', false, true, false,
        'Necessary to conclude and perform the contract the person is party to (PIPL art. 13(1)(2)); covered by accepting the policy (Part 2 §I 1).',
        'Kept while the app is installed and the account exists; personal information only while joined with a person.',
        '第一部分 h；第二部分 一 设备信息、(二)、三(一)4(3)、十', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.environment', 'getui');
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.environment', 'huawei-push');
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.environment', 'amap');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.location', 'DEVICE_FEATURE', '基于位置信息的服务', 'Location-based services',
        '位置(地理位置)权限及由此获取的位置信息',
        '开启位置权限后，根据您的位置信息为您展示附近的店铺信息和美容师信息，展示与美容店的距离及美容师上门导航路线；不提供不影响浏览、搜索、购买等基本服务。',
        'OPTIONAL', true, false, false,
        'Separate consent to sensitive personal information (PIPL arts. 13(1)(1), 28, 29); may be withdrawn at any time (PIPL art. 15). The permission can be switched off in the device at any time.',
        'Used for the display it serves and not kept afterwards.',
        '第二部分 一(十)1、十(高德地图)', '2026-01', null);
insert into consent_purpose_partner (purpose_code, partner_id) values ('device.location', 'amap');

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.camera', 'DEVICE_FEATURE', '基于相机/摄像头的附加服务', 'Camera',
        '相机/摄像头权限；扫描的二维码、拍摄的照片或视频',
        '开启相机/摄像头权限后扫码用于登录、购物、领取优惠信息，拍摄照片或视频用于评价、分享；不提供不影响基本服务。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). The permission can be switched off in the device at any time.',
        'Photos and videos are kept while published or until the person deletes them.',
        '第二部分 一(十)2', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.album', 'DEVICE_FEATURE', '基于相册的图片/视频访问及上传', 'Photo album',
        '相册(图片库/视频库)权限；上传的照片、图片、视频',
        '开启相册权限后上传照片/图片/视频，以实现更换头像、发表评价/分享、拍照购物或与客服沟通提供证明；可能通过上传的图片识别您需要购买的商品或服务。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). The permission can be switched off in the device at any time.',
        'Uploads are kept while published or needed for the request they support, or until the person deletes them.',
        '第二部分 一(十)3', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.microphone', 'DEVICE_FEATURE', '基于麦克风的语音交互', 'Microphone: voice customer service',
        '麦克风权限；语音内容',
        '开启麦克风权限后与客服联系或与客服机器人实现语音交互，响应客服及争议处理需求；仅在您主动点击麦克风图标或录制视频时获取语音信息。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). The permission can be switched off in the device at any time.',
        'Voice content is kept until the request it serves is handled, then deleted.',
        '第二部分 一(十)4', '2026-01', null);

insert into consent_purpose (code, kind, name_zh, name_en, data_items, description, necessity, sensitive, personal_only_when_linked, implied_consent_allowed, legal_basis, retention_rule, policy_reference, policy_version, retired_in)
values ('device.voice-shopping', 'DEVICE_FEATURE', '语音购物', 'Voice shopping',
        '麦克风权限；语音内容',
        '开启麦克风权限后使用语音购物功能，我们收集您的录音内容以识别您的购物需求；仅在您主动点击麦克风图标时获取语音信息。',
        'OPTIONAL', false, false, false,
        'The person''s consent (PIPL art. 13(1)(1)), given separately for this purpose; may be withdrawn at any time (PIPL art. 15). The permission can be switched off in the device at any time.',
        'Voice content is used to recognise the request and not kept afterwards.',
        '第二部分 一(十)4', '2026-01', null);
