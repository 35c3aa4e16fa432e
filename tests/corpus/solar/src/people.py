LILY = ("Lily Chen", "lily.chen@brightway-solar.com")
KEVIN = ("Kevin Zhou", "kevin@brightway-solar.com")
WANG = ("王芳", "wangfang@bwsolar.cn")
TONY = ("Tony Liang", "tony.liang@brightway-solar.com")
JASON = ("Jason Huang", "jason@brightway-solar.com")
AMY = ("Amy Wu", "amy.wu@brightway-solar.com")
DOCS = ("Brightway Docs", "docs@bwsolar.cn")

SIG_LILY = """
Best regards,
Lily Chen | Sales Manager
Zhongshan Brightway Solar Lighting Co., Ltd.
No. 18 Xingye Road, Torch Development Zone, Zhongshan, Guangdong 528437, China
Tel: +86 760 8856 2210 | Mob/WhatsApp: +86 138 2216 0457
www.brightway-solar.com
"""

SIG_KEVIN = """
Thanks & Best Regards
Kevin Zhou
Brightway Solar  (Zhongshan)
Whatsapp/Wechat: +86 159 1866 3302
"""

SIG_WANG = """
--
王芳 Wang Fang
中山市明途太阳能照明有限公司  外贸部
电话：0760-8856 2217   手机/微信：137 2800 9136
地址：广东省中山市火炬开发区兴业路18号
"""

SIG_TONY = """
Regards,
Tony Liang
Export Dept. | Brightway Solar Lighting
M: +86 186 6617 0921  T: +86 760 8856 2215
"""

SIG_AMY = """
Saludos cordiales / Best regards
Amy Wu (吴敏)
Latin America Sales | Brightway Solar Lighting
WhatsApp: +86 135 3015 8862
"""

SIG_JASON = """
Jason Huang
General Manager, Brightway Solar Lighting
"""

DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
addressee and may contain confidential information. If you have received it in error,
please delete it and notify the sender. 本邮件及附件仅供收件人使用。
"""
